// Area "audit": not built yet.
export default { id: 'audit', nav: [], routes: [], messages: { fr: {}, ar: {} } };
