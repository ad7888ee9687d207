// Area "finance": the city's books for the finance officer (who writes) and the city director (who
// reads, approves commitments above the threshold and signs ledger digests), as the finance
// resources' @RolesAllowed say. The screens are in js/areas/finance/*.js.
import { ROLES } from './finance/kit.js';
import { books } from './finance/books.js';
import { spending } from './finance/spending.js';
import { reports } from './finance/reports.js';
import { ledger } from './finance/ledger.js';
import { messages } from './finance/messages.js';

const screens = [
  ['agreements', books.Agreements],
  ['budget-lines', books.BudgetLines, 'lines'],
  ['suppliers', books.Suppliers],
  ['commitments', spending.Commitments],
  ['payments', spending.Payments],
  ['execution', reports.Execution],
  ['statements', reports.Statement],
  ['ledger', ledger.Ledger],
];

export default {
  id: 'finance',
  nav: screens.map(([path, , label]) => ({ section: 'city', to: `/city/finance/${path}`, label: `finance.nav.${label || path}`, roles: ROLES })),
  routes: [
    ...screens.map(([path, component]) => ({ path: `/city/finance/${path}`, component, meta: { roles: ROLES } })),
    { path: '/city/finance/commitments/:id', component: spending.CommitmentDetail, props: true, meta: { roles: ROLES } },
  ],
  messages,
};
