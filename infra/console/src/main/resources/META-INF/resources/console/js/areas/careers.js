// Area "careers": not built yet.
export default { id: 'careers', nav: [], routes: [], messages: { fr: {}, ar: {} } };
