// What the four campus areas (staff, boarding, facilities, careers) share: the tabs of an area
// (nested routes under one menu entry), a write that shows its success or the API's refusal,
// cached look-ups of the offer (poles, sectors, programmes), choices built from enum codes and
// a trainee field that offers a list when the role may read the trainees.
import { defineComponent, ref, reactive, computed, watch, nextTick, onMounted } from 'vue';
import { ProblemAlert } from '../../components/index.js';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { api } from '../../api.js';
import { hasRole, session } from '../../session.js';
import { name } from '../../format.js';

/** The local day as the API writes it, 2026-03-05. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The academic year the console opens on. */
export function openingYear() {
  return session.config?.academicYear || '2025-2026';
}

/** The first 8 characters of an id, for tables (the full id goes in a title). */
export function shortId(id) {
  return id ? String(id).slice(0, 8) : '—';
}

/** Text kept left-to-right inside Arabic (times such as 08:30–12:30, codes): a Unicode isolate. */
export function ltr(text) {
  return `\u2066${text}\u2069`;
}

/** Removes empty strings so that optional fields go to the API as absent, not as "". */
export function compact(body) {
  const out = {};
  for (const [k, v] of Object.entries(body)) if (v !== '' && v !== undefined) out[k] = v;
  return out;
}

/** Number of a form field, or null when left empty. */
export function int(value) {
  return value === '' || value === null || value === undefined ? null : Number(value);
}

/**
 * A write: `run(call, okKey)` clears the last outcome, awaits the call, keeps the API's error for
 * the form (which keeps what the user typed) or shows the success message.
 */
export function useAction() {
  const { t } = useI18n();
  const busy = ref(false);
  const error = ref(null);
  const done = ref(null);
  // Translated when shown, so that the message follows a change of language.
  const ok = computed(() => (done.value ? t(done.value.key, done.value.params) : ''));
  async function run(call, okKey = 'common.saved', params) {
    busy.value = true;
    error.value = null;
    done.value = null;
    try {
      const result = await call();
      done.value = { key: okKey, params: params || {} };
      return result;
    } catch (e) {
      error.value = e;
      return undefined;
    } finally {
      busy.value = false;
    }
  }
  function reset() {
    error.value = null;
    done.value = null;
  }
  return { busy, error, ok, run, reset };
}

/** Options for a select from enum codes, labelled through messages `<prefix>.<CODE>`. */
export function codeOptions(t, prefix, codes, all) {
  const list = codes.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }));
  return all ? [{ value: '', label: t(all === true ? 'common.all' : all) }, ...list] : list;
}

/** Options from API rows with a {fr, ar} name. */
export function nameOptions(rows, all, { value = 'id', label } = {}) {
  const list = (rows || []).map((r) => ({ value: r[value], label: label ? label(r) : name(r.name) }));
  return all ? [{ value: '', label: all }, ...list] : list;
}

const cache = new Map();
/** A read the screens share for the session (poles, sectors, programmes): fetched once. */
export function cached(path, params) {
  const key = `${session.me?.tenant?.code || ''} ${path} ${JSON.stringify(params || {})}`;
  if (!cache.has(key)) {
    cache.set(key, api.get(path, params).catch((e) => {
      cache.delete(key);
      throw e;
    }));
  }
  return cache.get(key);
}

/** The city's poles, sectors and programmes, as reactive lists and lookups by id / code. */
export function useOffer({ programmes = false } = {}) {
  const offer = reactive({ poles: [], sectors: [], programmes: [] });
  onMounted(async () => {
    try {
      const [poles, sectors] = await Promise.all([cached('/v1/poles'), cached('/v1/sectors')]);
      offer.poles = poles;
      offer.sectors = sectors;
      if (programmes) offer.programmes = (await cached('/v1/programmes', { size: 500 })).items;
    } catch (e) {
      console.warn('cmc: the training offer could not be read', e);
    }
  });
  const byId = (list, id) => offer[list].find((x) => x.id === id);
  return {
    offer,
    pole: (id) => (id ? name(byId('poles', id)?.name) || shortId(id) : '—'),
    sector: (code) => (code ? name(offer.sectors.find((s) => s.code === code)?.name) || code : '—'),
    programme: (id) => {
      const p = byId('programmes', id);
      return p ? `${p.code} — ${name(p.name)}` : shortId(id);
    },
    programmeCode: (id) => byId('programmes', id)?.code || shortId(id),
  };
}

/** The roles that may read the trainee records (GET /v1/trainees). */
export const TRAINEE_READERS = ['city-director', 'registrar', 'admissions-officer', 'career-advisor'];

/** The trainees of an intake (up to 500), for pickers; empty when the role may not read them. */
export async function traineesOf(academicYear, status) {
  if (!hasRole(...TRAINEE_READERS)) return [];
  const page = await cached('/v1/trainees', { academicYear, status, size: 500 });
  return page.items;
}

/**
 * A trainee: a list of the intake's trainees (group and id) when the role may read them,
 * otherwise the trainee's id typed in.
 */
export const TraineeField = defineComponent({
  name: 'TraineeField',
  props: {
    modelValue: { default: '' }, label: String, name: { type: String, default: 'traineeId' },
    error: { default: null }, year: String, status: String, required: Boolean,
  },
  emits: ['update:modelValue'],
  setup(props) {
    const { t } = useI18n();
    const rows = ref([]);
    const canList = hasRole(...TRAINEE_READERS);
    onMounted(async () => {
      if (!canList) return;
      try {
        rows.value = await traineesOf(props.year || undefined, props.status);
      } catch (e) {
        console.warn('cmc: the trainees could not be read', e);
      }
    });
    const options = computed(() => (canList && rows.value.length
      ? [{ value: '', label: t('campus.pickTrainee') },
        ...rows.value.map((r) => ({ value: r.id, label: `${r.groupCode || '—'} · ${shortId(r.id)} · ${t('campus.traineeStatus.' + r.status)}` }))]
      : null));
    return { options };
  },
  template: `<Field :label="label || $t('campus.trainee')" :name="name" :model-value="modelValue" :options="options"
    :error="error" :required="required" :help="options ? '' : $t('campus.traineeIdHelp')" dir="ltr"
    @update:model-value="$emit('update:modelValue', $event)" />`,
});

/** A labelled checkbox (Field is for text and selects). */
export const CheckField = defineComponent({
  name: 'CheckField',
  props: { modelValue: Boolean, label: String, name: String, testid: String },
  emits: ['update:modelValue'],
  template: `<label class="campus-check" :data-testid="testid"><input type="checkbox" :name="name" :checked="modelValue"
    @change="$emit('update:modelValue', $event.target.checked)"> {{ label }}</label>`,
});

/** The success of the last write, as an alert. */
export const OkAlert = defineComponent({
  name: 'OkAlert',
  props: { text: String },
  template: `<p v-if="text" class="alert ok" role="status">{{ text }}</p>`,
});

/**
 * The page of an area: its title and its tabs (router links, each shown to the roles it names),
 * then the tab's screen.
 */
export function areaLayout(titleKey, tabs) {
  return defineComponent({
    name: 'CampusArea',
    setup() {
      const route = useRoute();
      // A screen under a tab (a member, a wave, a project) keeps its tab marked.
      const within = (tab) => route.path === tab.to || route.path.startsWith(`${tab.to}/`);
      return { visible: computed(() => tabs.filter((tab) => hasRole(...tab.roles))), titleKey, within };
    },
    template: `
      <div class="campus-area">
        <h1>{{ $t(titleKey) }}</h1>
        <nav class="campus-tabs" :aria-label="$t(titleKey)">
          <router-link v-for="tab in visible" :key="tab.to" :to="tab.to" :data-testid="'tab-' + tab.to.split('/').pop()"
            :class="{ 'router-link-active': within(tab) }" :aria-current="within(tab) ? 'page' : null">{{ $t(tab.label) }}</router-link>
        </nav>
        <router-view />
      </div>`,
  });
}

/** The routes of an area: the layout at `base`, its tabs as children, '' to the first allowed tab. */
export function areaRoutes(base, titleKey, roles, tabs, extra = []) {
  const first = () => (tabs.find((tab) => hasRole(...tab.roles)) || tabs[0]).to;
  return [{
    path: base,
    component: areaLayout(titleKey, tabs),
    meta: { roles },
    children: [
      { path: '', redirect: first },
      ...tabs.map((tab) => ({ path: tab.to.slice(base.length + 1), component: tab.component, meta: { roles: tab.roles } })),
      ...extra.map((r) => ({ ...r, path: r.path.slice(base.length + 1) })),
    ],
  }];
}

export const kitMessages = {
  fr: {
    campus: {
      trainee: 'Stagiaire', pickTrainee: '— choisir un stagiaire —', traineeIdHelp: 'Identifiant du stagiaire (dossier de la scolarité)',
      traineeStatus: { ACTIVE: 'actif', SUSPENDED: 'suspendu', GRADUATED: 'diplômé', DROPPED_OUT: 'abandon', TRANSFERRED: 'transféré' },
      reload: 'Actualiser', close: 'Fermer', view: 'Voir', on: 'Le', yesNo: { true: 'Oui', false: 'Non' },
    },
  },
  ar: {
    campus: {
      trainee: 'المتدرب(ة)', pickTrainee: '— اختر متدربا —', traineeIdHelp: 'معرّف المتدرب (ملف مصلحة الشؤون الدراسية)',
      traineeStatus: { ACTIVE: 'نشط', SUSPENDED: 'موقوف', GRADUATED: 'متخرج', DROPPED_OUT: 'منقطع', TRANSFERRED: 'منقول' },
      reload: 'تحديث', close: 'إغلاق', view: 'عرض', on: 'بتاريخ', yesNo: { true: 'نعم', false: 'لا' },
    },
  },
};

/**
 * A form's refusal: the API's problem, and the messages of the fields the form has no input
 * for (a field with an input shows its own message next to it, through Field).
 */
export const Refusal = defineComponent({
  name: 'Refusal',
  components: { ProblemAlert },
  props: { error: { default: null } },
  setup(props) {
    const root = ref(null);
    const orphans = ref([]);
    watch(() => props.error, async (e) => {
      orphans.value = [];
      if (!e || !e.fields) return;
      await nextTick();
      const form = root.value && root.value.closest('form');
      orphans.value = Object.entries(e.fields)
        .filter(([field]) => !form || !form.querySelector(`[name="${CSS.escape(field)}"]`))
        .map(([field, message]) => ({ field, message }));
    }, { immediate: true });
    return { root, orphans };
  },
  template: `<div ref="root" class="campus-refusal"><ProblemAlert :error="error" />
    <ul v-if="orphans.length" class="alert error campus-orphans" role="alert"><li v-for="o in orphans" :key="o.field" dir="auto"><bdi>{{ o.field }}</bdi> : {{ o.message }}</li></ul></div>`,
});

/** The kit's components, for a screen's `components`. */
export const kit = { OkAlert, CheckField, TraineeField, Refusal };
