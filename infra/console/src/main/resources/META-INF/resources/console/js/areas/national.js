// Area "national": HQ (OFPPT) analysts' screens, read from HQ's own store (ADR 0016, 0017;
// docs/hq-figures.md). Every endpoint of /v1/national is for the hq-analyst role only, writes
// (closing a period, running a reconciliation) included, so every entry and route names it.
import { HQ } from './national/common.js';
import { Dashboard } from './national/dashboard.js';
import { RegionView, CityView } from './national/drill.js';
import { Explorer } from './national/explorer.js';
import { Freshness } from './national/freshness.js';
import { Periods } from './national/periods.js';
import { Reconciliation } from './national/reconciliation.js';
import { Digests } from './national/digests.js';
import { messages } from './national/messages.js';

const meta = { roles: HQ };

export default {
  id: 'national',
  nav: [
    { section: 'hq', to: '/hq/dashboard', label: 'national.nav.dashboard', roles: HQ },
    { section: 'hq', to: '/hq/figures', label: 'national.nav.explorer', roles: HQ },
    { section: 'hq', to: '/hq/freshness', label: 'national.nav.freshness', roles: HQ },
    { section: 'hq', to: '/hq/periods', label: 'national.nav.periods', roles: HQ },
    { section: 'hq', to: '/hq/reconciliation', label: 'national.nav.reconciliation', roles: HQ },
    { section: 'hq', to: '/hq/digests', label: 'national.nav.digests', roles: HQ },
  ],
  routes: [
    { path: '/hq/dashboard', component: Dashboard, meta },
    { path: '/hq/regions/:region', component: RegionView, meta },
    { path: '/hq/cities/:city', component: CityView, meta },
    { path: '/hq/figures', component: Explorer, meta },
    { path: '/hq/freshness', component: Freshness, meta },
    { path: '/hq/periods', component: Periods, meta },
    { path: '/hq/reconciliation', component: Reconciliation, meta },
    { path: '/hq/reconciliation/:id', component: Reconciliation, meta },
    { path: '/hq/digests', component: Digests, meta },
  ],
  messages,
};
