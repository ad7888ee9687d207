// Area "finance": not built yet.
export default { id: 'finance', nav: [], routes: [], messages: { fr: {}, ar: {} } };
