// Area "audit": a regional council's auditors (role region-auditor; the region is the token's
// `region` claim, never chosen here) read their region's audit store (ADR 0018,
// docs/region-audit.md): the co-funded spending lines and their documents, the city's signed
// digests and the verification of the chain against them. /v1/audit is read-only.
import { Lines, LineDetail } from './audit/lines.js';
import { Documents } from './audit/documents.js';
import { Verification } from './audit/verification.js';
import { messages } from './audit/messages.js';

const AUDITOR = ['region-auditor'];
const meta = { roles: AUDITOR };

export default {
  id: 'audit',
  nav: [
    { section: 'audit', to: '/audit/lines', label: 'audit.nav.lines', roles: AUDITOR },
    { section: 'audit', to: '/audit/documents', label: 'audit.nav.documents', roles: AUDITOR },
    { section: 'audit', to: '/audit/verification', label: 'audit.nav.verification', roles: AUDITOR },
  ],
  routes: [
    { path: '/audit/lines', component: Lines, meta },
    { path: '/audit/lines/:id', component: LineDetail, meta },
    { path: '/audit/documents', component: Documents, meta },
    { path: '/audit/verification', component: Verification, meta },
  ],
  messages,
};
