// Area "offer": not built yet.
export default { id: 'offer', nav: [], routes: [], messages: { fr: {}, ar: {} } };
