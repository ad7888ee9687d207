// Area "national": not built yet.
export default { id: 'national', nav: [], routes: [], messages: { fr: {}, ar: {} } };
