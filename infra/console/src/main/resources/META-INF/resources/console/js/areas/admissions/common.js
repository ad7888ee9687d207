// What the admissions screens share: the applications read by id (offers and trainees name only
// the application, so their rows look the applicant up), the applicant's name in the reader's
// language, and the API's sentences about eligibility and selection put into French or Arabic.
import { reactive } from 'vue';
import { api } from '../../api.js';
import { session, hasRole } from '../../session.js';
import { ROLES } from '../offer/shared.js';

/** Who may read applications (ApplicationResource); a career advisor sees trainees unnamed. */
const READERS = ROLES.admissionsRead;
import { language } from '../../i18n.js';
import { number, date } from '../../format.js';

const known = reactive(new Map());
const pending = new Map();

/** The application of an id, read once per sign-in; reactive through `applicationOf`. */
export function loadApplication(id, force = false) {
  const key = `${session.token}|${id}`;
  if (!hasRole(...READERS)) {
    known.set(key, false);
    return Promise.resolve(null);
  }
  if (force || !pending.has(key)) {
    pending.set(key, api.get(`/v1/applications/${id}`).then((a) => { known.set(key, a); return a; })
      .catch((e) => { known.set(key, false); throw e; }));
  }
  return pending.get(key);
}

/** Loads the applications of these ids that are not known yet (failures leave the row unnamed). */
export function loadApplications(ids) {
  if (!hasRole(...READERS)) return Promise.resolve([]);
  return Promise.all([...new Set(ids.filter(Boolean))].map((id) => loadApplication(id).catch(() => null)));
}

export function applicationOf(id) {
  return known.get(`${session.token}|${id}`) || null;
}

/** Whether the application could not be read (another role's, or gone). */
function unreadable(id) {
  return known.get(`${session.token}|${id}`) === false;
}

/** Forget what was read of an application after a write that changes it. */
export function applicationChanged(id) {
  pending.delete(`${session.token}|${id}`);
  known.delete(`${session.token}|${id}`);
}

/** "First Last" in one language (fr or ar), or in the reader's language. */
export function personName(applicant, lang = language.value) {
  if (!applicant) return '—';
  const pick = (n) => (n ? n[lang] || n.fr || n.ar || '' : '');
  return `${pick(applicant.firstName)} ${pick(applicant.lastName)}`.trim() || '—';
}

/** The applicant's name for a row that knows only the application's id. */
export function applicantNameOf(applicationId) {
  const a = applicationOf(applicationId);
  if (a) return personName(a.applicant);
  return unreadable(applicationId) ? '—' : '…';
}

const CRITERIA = ['gradeAverage', 'testScore', 'interviewScore'];

/** Why a wish is not eligible, from the API's sentence (see EligibilityPolicy, SelectionService). */
export function ineligibility(t, text) {
  if (!text) return '';
  let m = /^aged (\d+) on (\d{2})\/(\d{2})\/(\d{4}); (\S+) takes ages (\d+) to (\d+)$/.exec(text);
  if (m) {
    return t('adm.inelig.age', { age: number(m[1]), day: date(`${m[4]}-${m[3]}-${m[2]}`), code: m[5], min: number(m[6]), max: number(m[7]) });
  }
  m = /^education level (\w+); (\S+) requires at least (\w+)$/.exec(text);
  if (m) return t('adm.inelig.education', { level: t(`offer.education.${m[1]}`), code: m[2], min: t(`offer.education.${m[3]}`) });
  m = /^no (test|interview) score, which (\S+) ranks by$/.exec(text);
  if (m) return t(`adm.inelig.${m[1]}`, { code: m[2] });
  m = /^the programme no longer opens seats in (\d{4}-\d{4})$/.exec(text);
  if (m) return t('adm.inelig.closed', { year: m[1] });
  return text;
}

/** How a rank was decided (SelectionService.describe). */
export function decidedBy(t, text) {
  if (!text) return '';
  if (text === 'first') return t('adm.decided.first');
  if (text === 'score') return t('adm.decided.score');
  const m = /^tie on score, decided by (\w+)$/.exec(text);
  if (m) return t('adm.decided.criterion', { criterion: CRITERIA.includes(m[1]) ? t(`adm.criterion.${m[1]}`) : m[1] });
  if (/lottery/.test(text)) return t('adm.decided.lottery');
  return text;
}

/** One sentence per wish, as ExplanationView says it, in the reader's language. */
export function explanation(t, w) {
  if (!w.eligible) return t('adm.expl.ineligible', { why: ineligibility(t, w.ineligibility) });
  if (!w.outcome) return t('adm.expl.notRun');
  const ranked = w.rank != null
    ? t('adm.expl.ranked', { rank: number(w.rank), among: number(w.rankedAmong), score: number(w.score, 4), how: decidedBy(t, w.decidedBy) })
    : t('adm.expl.notRanked');
  return `${ranked} ${t(`adm.expl.${w.outcome}`, { position: number(w.waitlistPosition) })}`;
}

/** Reasons the platform writes itself; a reason a person typed is shown as typed. */
export function systemReason(t, text) {
  if (!text) return '';
  const fixed = {
    'no wish is eligible': 'noEligibleWish', 'not confirmed by the deadline': 'deadline', 'did not confirm by the deadline': 'deadline',
    'moved up to a preferred programme': 'movedUp', 'declined by the applicant': 'declined',
  };
  if (fixed[text]) return t(`adm.reason.${fixed[text]}`);
  const m = /^transferred to (\S+)$/.exec(text);
  return m ? t('adm.reason.transferred', { code: m[1] }) : text;
}
