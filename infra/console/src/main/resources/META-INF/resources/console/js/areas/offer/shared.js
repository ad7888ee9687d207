// What the training-offer and admissions screens share: the roles of each resource, the academic
// year the screens follow together, the city's programmes and poles read once per sign-in, paging
// of a list the API gives whole, and two small pieces (a status badge, a form asking for a reason).
import { defineComponent, ref, computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../../api.js';
import { session, hasRole } from '../../session.js';
import { name, number } from '../../format.js';
import { isRtl } from '../../i18n.js';

export const ROLES = {
  city: ['city-director', 'admissions-officer', 'registrar', 'finance-officer', 'campus-manager', 'career-advisor', 'trainer'],
  director: ['city-director'],
  /** Applications, figures, offers and seats (read). */
  admissionsRead: ['city-director', 'admissions-officer', 'registrar'],
  /** Applications, imports, offers and seats (write); selection (simulate). */
  admissionsWrite: ['city-director', 'admissions-officer'],
  traineesRead: ['city-director', 'registrar', 'admissions-officer', 'career-advisor'],
  traineesWrite: ['city-director', 'registrar'],
};

export const can = (kind) => hasRole(...ROLES[kind]);

export const LEVELS = ['QUALIFIED_WORKER', 'TECHNICIAN', 'SPECIALIZED_TECHNICIAN', 'QUALIFYING', 'PROFESSIONAL_BAC', 'MIDDLE_SCHOOL_PATH'];
export const EDUCATION = ['NONE', 'PRIMARY', 'MIDDLE_SCHOOL', 'SECONDARY', 'BACCALAUREATE', 'HIGHER'];

/** Options for a select of codes translated under `prefix`, with an "all" (or other) first entry. */
export function codeOptions(t, codes, prefix, first = 'common.all') {
  const list = codes.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }));
  return first ? [{ value: '', label: t(first) }, ...list] : list;
}

const year = ref(null);
/** The academic year every screen of the two areas shows, kept while moving between them. */
export function useYear() {
  if (!year.value) year.value = session.config?.academicYear;
  return year;
}

// --- the city's offer, read once per sign-in (the token names the city) ---
const cache = new Map();
function cached(key, loader) {
  const k = `${session.token}|${key}`;
  if (!cache.has(k)) {
    const p = loader().catch((e) => { cache.delete(k); throw e; });
    cache.set(k, p);
  }
  return cache.get(k);
}
export function forget(key) {
  for (const k of [...cache.keys()]) if (k.endsWith(`|${key}`)) cache.delete(k);
}

/** Every programme of the city (active or not), sorted by code as the API gives them. */
export const allProgrammes = () => cached('programmes', async () => (await api.get('/v1/programmes', { size: 500 })).items);
export const allPoles = () => cached('poles', () => api.get('/v1/poles'));
export const allSectors = () => cached('sectors', () => api.get('/v1/sectors'));
/** After a write to the offer, the next read goes to the API again. */
export function offerChanged() {
  forget('programmes');
  forget('poles');
}

/** The programmes and poles by id, reactive, loaded on first use. */
export function useCatalogue() {
  const programmes = ref([]);
  const poles = ref([]);
  const sectors = ref([]);
  const error = ref(null);
  async function load() {
    try {
      [programmes.value, poles.value, sectors.value] = await Promise.all([allProgrammes(), allPoles(), allSectors()]);
    } catch (e) {
      error.value = e;
    }
  }
  load();
  const byId = computed(() => new Map(programmes.value.map((p) => [p.id, p])));
  const byCode = computed(() => new Map(programmes.value.map((p) => [p.code, p])));
  const poleById = computed(() => new Map(poles.value.map((p) => [p.id, p])));
  const sectorByCode = computed(() => new Map(sectors.value.map((s) => [s.code, s])));
  /** "CODE — name" of a programme id, or the id's start when it is unknown. */
  const programmeLabel = (id) => {
    const p = byId.value.get(id);
    return p ? `${p.code} — ${name(p.name)}` : (id ? String(id).slice(0, 8) : '—');
  };
  const poleName = (id) => { const p = poleById.value.get(id); return p ? name(p.name) : '—'; };
  const sectorName = (code) => { const s = sectorByCode.value.get(code); return s ? name(s.name) : code || '—'; };
  /** Select options of the programmes open in a year (or all), by id or by code. */
  function programmeOptions(academicYear, { by = 'id', first = null } = {}) {
    const list = programmes.value
      .filter((p) => !academicYear || p.intakes.some((i) => i.academicYear === academicYear))
      .map((p) => ({ value: by === 'code' ? p.code : p.id, label: `${p.code} — ${name(p.name)}` }));
    return first ? [{ value: '', label: first }, ...list] : list;
  }
  return { programmes, poles, sectors, error, load, byId, byCode, poleById, programmeLabel, poleName, sectorName, programmeOptions };
}

/**
 * Pages of a list the API returns whole: the rows of the page shown and a PageResult for the pager.
 * The page stays where it is when the list is read again (after a write), unless it no longer exists.
 */
export function usePaged(rows, size = 25) {
  const wanted = ref(0);
  const total = computed(() => (rows.value || []).length);
  const current = computed(() => Math.min(wanted.value, Math.max(0, Math.ceil(total.value / size) - 1)));
  const page = computed(() => ({ items: [], page: current.value, size, total: total.value }));
  const visible = computed(() => (rows.value || []).slice(current.value * size, current.value * size + size));
  return { page, visible, go: (p) => { wanted.value = p; } };
}

/**
 * The API's refusal as one alert, with the messages of the fields no input on the screen shows
 * (`shown` lists the field names, or their prefixes, that have an input showing their message):
 * a conflict such as "nobody is waiting for this programme" names a field no form has.
 */
export const ActionProblem = defineComponent({
  name: 'ActionProblem',
  props: { error: { default: null }, shown: { type: Array, default: () => [] } },
  setup(props) {
    const { t } = useI18n();
    const isShown = (f) => props.shown.some((s) => f === s || f.startsWith(`${s}.`) || f.startsWith(`${s}[`));
    const text = computed(() => {
      const e = props.error;
      if (!e) return null;
      if (e.status === 403) return t('error.forbidden');
      if (e.status === 404) return t('error.notFound');
      if (!e.problem) return e.message || t('error.generic');
      const title = e.problem.title || t('error.generic');
      const fields = Object.entries(e.fields || {});
      if (!fields.length) return e.problem.detail ? `${title} — ${e.problem.detail}` : title;
      const rest = fields.filter(([f]) => !isShown(f));
      return rest.length ? `${title} — ${rest.map(([f, m]) => `${f} : ${m}`).join(' · ')}` : title;
    });
    return { text };
  },
  template: `<div v-if="text" class="alert error" role="alert" data-testid="problem">{{ text }}</div>`,
});

/** A status code as a translated badge; `good` and `bad` list the codes to colour. */
export const StatusBadge = defineComponent({
  name: 'StatusBadge',
  props: { code: String, prefix: String, good: { type: Array, default: () => [] }, bad: { type: Array, default: () => [] } },
  template: `<span v-if="code" class="badge" :class="{ ok: good.includes(code), bad: bad.includes(code) }" :data-status="code">{{ $t(prefix + '.' + code) }}</span>`,
});

/**
 * A small form asking for a reason (or another single text) before an action; emits `submit` with
 * the text. The parent passes the API's refusal as `error` and the form keeps what was typed.
 */
export const ReasonForm = defineComponent({
  name: 'ReasonForm',
  props: {
    label: { type: String, required: true }, submitLabel: { type: String, required: true },
    name: { type: String, default: 'reason' }, error: { default: null }, busy: Boolean,
    danger: Boolean, options: { type: Array, default: null }, testid: String, required: { type: Boolean, default: true },
  },
  emits: ['submit', 'cancel'],
  setup() {
    return { text: ref('') };
  },
  template: `
    <form class="form inline-form" :data-testid="testid" @submit.prevent="$emit('submit', text)">
      <Field :label="label" :name="name" v-model="text" :options="options" :error="error" :required="required" />
      <div class="actions">
        <button type="submit" :class="{ danger }" :disabled="busy">{{ submitLabel }}</button>
        <button type="button" class="secondary" @click="$emit('cancel')">{{ $t('common.cancel') }}</button>
      </div>
    </form>`,
});

/** A yes/no (or yes/no/default) select's options. */
export function yesNo(t, withDefault = null) {
  const list = [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }];
  return withDefault ? [{ value: '', label: withDefault }, ...list] : list;
}

/** A duration in months, with the Arabic number agreement (1, 2, 3 to 10, 11 and more). */
export function months(t, n) {
  const key = n === 1 ? 'months1' : n === 2 ? 'months2' : n >= 3 && n <= 10 ? 'monthsFew' : 'months';
  return t(`offer.${key}`, { n: number(n) });
}

/** "Back to the list": the arrow points to where the reading starts (right in Arabic). */
export const BackLink = defineComponent({
  name: 'BackLink',
  props: { to: { type: String, required: true }, label: { type: String, required: true } },
  setup() {
    return { arrow: computed(() => (isRtl() ? '→' : '←')) };
  },
  template: `<p><router-link :to="to" data-testid="back">{{ arrow }} {{ label }}</router-link></p>`,
});

/**
 * A write a screen makes: `busy` while it runs, the API's refusal in `error` (for the form to show
 * next to its fields, keeping what was typed), and the success message `after` returns in `done`.
 */
export function useAction() {
  const busy = ref(false);
  const error = ref(null);
  const done = ref(null);
  async function act(call, after) {
    busy.value = true;
    error.value = null;
    done.value = null;
    try {
      const answer = await call();
      const message = after ? await after(answer) : null;
      if (message) done.value = message;
      return answer;
    } catch (e) {
      error.value = e;
      return undefined;
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, done, act };
}
