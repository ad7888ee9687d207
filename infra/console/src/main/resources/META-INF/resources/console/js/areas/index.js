// The console's areas, one file each: its menu entries (section, route, label, roles), its routes
// and its messages in French and Arabic. The menu shows an entry only to the roles it names.
import dashboard from './dashboard.js';
import offer from './offer.js';
import admissions from './admissions.js';
import staff from './staff.js';
import boarding from './boarding.js';
import facilities from './facilities.js';
import careers from './careers.js';
import finance from './finance.js';
import national from './national.js';
import audit from './audit.js';

export const areas = [dashboard, offer, admissions, staff, boarding, facilities, careers, finance, national, audit];
