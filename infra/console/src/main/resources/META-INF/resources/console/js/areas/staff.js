// Area "staff": not built yet.
export default { id: 'staff', nav: [], routes: [], messages: { fr: {}, ar: {} } };
