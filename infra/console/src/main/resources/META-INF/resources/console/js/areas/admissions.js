// Area "admissions": an intake from the applications to the trainees. Applications (one by one or
// imported from a registration export), selection (criteria, simulation, the run), offers and
// waitlists, trainees and the intake's figures. Each menu entry is shown to the roles its resource
// allows (@RolesAllowed); the screens are in js/areas/admissions/.
import { ROLES } from './offer/shared.js';
import { ApplicationList, ApplicationNew, ApplicationDetail } from './admissions/applications.js';
import { Imports } from './admissions/imports.js';
import { messages } from './admissions/messages.js';

const read = ROLES.admissionsRead;
const write = ROLES.admissionsWrite;

export default {
  id: 'admissions',
  nav: [
    { section: 'city', to: '/city/admissions/applications', label: 'adm.nav.applications', roles: read },
    { section: 'city', to: '/city/admissions/imports', label: 'adm.nav.imports', roles: write },
  ],
  routes: [
    { path: '/city/admissions/applications', component: ApplicationList, meta: { roles: read } },
    { path: '/city/admissions/applications/new', component: ApplicationNew, meta: { roles: write } },
    { path: '/city/admissions/applications/:id', component: ApplicationDetail, props: true, meta: { roles: read } },
    { path: '/city/admissions/imports', component: Imports, meta: { roles: write } },
  ],
  messages,
};
