// Area "admissions": an intake from the applications to the trainees. Applications (one by one or
// imported from a registration export), selection (criteria, simulation, the run), offers and
// waitlists, trainees and the intake's figures. Each menu entry is shown to the roles its resource
// allows (@RolesAllowed); the screens are in js/areas/admissions/.
import { ROLES } from './offer/shared.js';
import { ApplicationList, ApplicationNew, ApplicationDetail } from './admissions/applications.js';
import { Imports } from './admissions/imports.js';
import { Selection } from './admissions/selection.js';
import { Offers, Seats } from './admissions/placements.js';
import { TraineeList, TraineeDetail } from './admissions/trainees.js';
import { Figures } from './admissions/figures.js';
import { messages } from './admissions/messages.js';

const read = ROLES.admissionsRead;
const write = ROLES.admissionsWrite;
const trainees = ROLES.traineesRead;

export default {
  id: 'admissions',
  nav: [
    { section: 'city', to: '/city/admissions/applications', label: 'adm.nav.applications', roles: read },
    { section: 'city', to: '/city/admissions/imports', label: 'adm.nav.imports', roles: write },
    { section: 'city', to: '/city/admissions/selection', label: 'adm.nav.selection', roles: read },
    { section: 'city', to: '/city/admissions/offers', label: 'adm.nav.offers', roles: read },
    { section: 'city', to: '/city/admissions/seats', label: 'adm.nav.seats', roles: read },
    { section: 'city', to: '/city/admissions/trainees', label: 'adm.nav.trainees', roles: trainees },
    { section: 'city', to: '/city/admissions/figures', label: 'adm.nav.figures', roles: read },
  ],
  routes: [
    { path: '/city/admissions/applications', component: ApplicationList, meta: { roles: read } },
    { path: '/city/admissions/applications/new', component: ApplicationNew, meta: { roles: write } },
    { path: '/city/admissions/applications/:id', component: ApplicationDetail, props: true, meta: { roles: read } },
    { path: '/city/admissions/imports', component: Imports, meta: { roles: write } },
    { path: '/city/admissions/selection', component: Selection, meta: { roles: read } },
    { path: '/city/admissions/offers', component: Offers, meta: { roles: read } },
    { path: '/city/admissions/seats', component: Seats, meta: { roles: read } },
    { path: '/city/admissions/trainees', component: TraineeList, meta: { roles: trainees } },
    { path: '/city/admissions/trainees/:id', component: TraineeDetail, props: true, meta: { roles: trainees } },
    { path: '/city/admissions/figures', component: Figures, meta: { roles: read } },
  ],
  messages,
};
