// Area "facilities": not built yet.
export default { id: 'facilities', nav: [], routes: [], messages: { fr: {}, ar: {} } };
