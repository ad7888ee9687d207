// Area "admissions": not built yet.
export default { id: 'admissions', nav: [], routes: [], messages: { fr: {}, ar: {} } };
