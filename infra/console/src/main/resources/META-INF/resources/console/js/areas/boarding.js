// Area "boarding": not built yet.
export default { id: 'boarding', nav: [], routes: [], messages: { fr: {}, ar: {} } };
