// What the finance screens share: exact amounts (decimal strings and BigInt cents, never floating
// point), the split across the four funders as a form block, the refusal of a form, the evidence
// of a commitment or a payment, and small helpers to run an action and to read whole lists.
import { defineComponent, ref, computed, watch, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../../api.js';
import { hasRole } from '../../session.js';
import { money, number, dateTime } from '../../format.js';
import { useLoad } from '../../components/index.js';

export const OFFICER = 'finance-officer';
export const DIRECTOR = 'city-director';
export const ROLES = [OFFICER, DIRECTOR];
export const FUNDERS = ['REGION', 'STATE', 'OFPPT', 'HASSAN_II_FUND'];
export const CATEGORIES = ['CONSTRUCTION', 'EQUIPMENT', 'OPERATING'];
export const KINDS = ['CONTRACT', 'PURCHASE_ORDER'];

export const canWrite = () => hasRole(OFFICER);
export const isDirector = () => hasRole(DIRECTOR);

// --- amounts -------------------------------------------------------------------------------

/**
 * What the user typed, as the decimal string the API reads: spaces (thousands) dropped, Arabic
 * digits and separator read as Latin, one comma as the decimal point. Nothing is rounded: an
 * amount with three decimals goes to the API as it is, and the API refuses it next to its field.
 */
export function decimalText(text) {
  let s = String(text ?? '').trim().replace(/[\s\u00a0\u202f]/g, '');
  s = s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.').replace(/\u066c/g, '');
  if (!s.includes('.') && (s.match(/,/g) || []).length === 1) s = s.replace(',', '.');
  return s;
}

/** An amount (an API number, or a typed text) as BigInt cents; null when it is not one. */
export function cents(value) {
  if (value === null || value === undefined || value === '') return null;
  const text = typeof value === 'number' ? String(value) : decimalText(value);
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const c = BigInt(m[2]) * 100n + BigInt(`${m[3] || ''}00`.slice(0, 2));
  return m[1] ? -c : c;
}

/** BigInt cents as the API's plain decimal ("1234.50"). */
export function plain(c) {
  const negative = c < 0n;
  const a = negative ? -c : c;
  return `${negative ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

/** Cents shown in MAD (format.js formats; nothing is computed in floating point). */
export const moneyCents = (c) => (c === null || c === undefined ? '—' : money(plain(c)));

/** A split view {FUNDER: amount} as cents per funder. */
export function splitCents(view) {
  return Object.fromEntries(FUNDERS.map((f) => [f, cents(view && view[f]) ?? 0n]));
}

export function splitMinus(a, b) {
  const x = splitCents(a);
  const y = splitCents(b);
  return Object.fromEntries(FUNDERS.map((f) => [f, x[f] - y[f]]));
}

/** Cents per funder as the form's texts (empty where it is zero). */
export function splitTexts(centsByFunder) {
  return Object.fromEntries(FUNDERS.map((f) => [f, centsByFunder && centsByFunder[f] ? plain(centsByFunder[f]) : '']));
}

export const sumCents = (centsByFunder) => FUNDERS.reduce((s, f) => s + (centsByFunder[f] || 0n), 0n);

export const emptySplit = () => Object.fromEntries(FUNDERS.map((f) => [f, '']));

/** The form's split as the request's {FUNDER: "decimal"}; a funder left empty is 0.00 for the API. */
export function splitBody(texts) {
  return Object.fromEntries(FUNDERS.filter((f) => String(texts[f] ?? '').trim() !== '').map((f) => [f, decimalText(texts[f])]));
}

/**
 * An amount shared out like a reference split (a budget line's), exactly: each funder gets the
 * floor of its part in cents, and the cents left go one by one to the largest remainders.
 */
export function proportional(amountCents, reference) {
  const weights = splitCents(reference);
  const total = sumCents(weights);
  if (!total || amountCents === null || amountCents <= 0n) return null;
  const parts = FUNDERS.map((f) => ({ f, share: (amountCents * weights[f]) / total, rest: (amountCents * weights[f]) % total }));
  let left = amountCents - parts.reduce((s, p) => s + p.share, 0n);
  for (const p of [...parts].sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : 0))) {
    if (left <= 0n) break;
    if (weights[p.f] > 0n) { p.share += 1n; left -= 1n; }
  }
  return Object.fromEntries(parts.map((p) => [p.f, p.share]));
}

// --- files ---------------------------------------------------------------------------------

/** Downloads an export (api.download accepts whatever type the endpoint makes). */
export async function download(path, params, filename) {
  await api.download(path, params, filename);
}

/** Hands a blob to the browser as a file. */
export function saveBlob(blob, filename) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

// --- inputs ---------------------------------------------------------------------------------

/**
 * Sets attributes on the input (or select) inside a Field, which renders a wrapper: for amounts
 * `v-input="{ inputmode: 'decimal', 'data-testid': 'payment-amount' }"`.
 */
export const vInput = {
  mounted: (el, binding) => setInputAttributes(el, binding.value),
  updated: (el, binding) => setInputAttributes(el, binding.value),
};
function setInputAttributes(el, attributes) {
  const input = el.querySelector('input, select, textarea');
  if (!input) return;
  for (const [key, value] of Object.entries(attributes || {})) input.setAttribute(key, value);
}
export const DECIMAL = { inputmode: 'decimal', autocomplete: 'off', dir: 'ltr' };
export const decimalWith = (testid) => (testid ? { ...DECIMAL, 'data-testid': testid } : DECIMAL);

export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The four shares of an amount, each labelled by its funder and named split.FUNDER for the API's
 * refusals; below them the sum of the shares against the amount, and the refusal naming `split`.
 * `available` (cents per funder) shows under each share what may still be drawn; until a share is
 * typed, the shares follow the amount, shared out like what is available (exactly, in cents).
 */
export const SplitFields = defineComponent({
  name: 'FinanceSplitFields',
  props: {
    modelValue: { type: Object, required: true },
    amount: { type: [String, Number], default: '' },
    error: { type: Object, default: null },
    available: { type: Object, default: null },
    availableLabel: { type: String, default: 'finance.split.available' },
    testid: { type: String, default: 'split' },
  },
  emits: ['update:modelValue'],
  directives: { input: vInput },
  setup(props, { emit }) {
    // Until a share is typed, the shares follow the amount, apportioned exactly to what is available.
    const auto = ref(true);
    const set = (f, v) => { auto.value = false; emit('update:modelValue', { ...props.modelValue, [f]: v }); };
    function apportion() {
      const parts = props.available ? proportional(cents(props.amount), props.available) : null;
      if (parts) emit('update:modelValue', splitTexts(parts));
      return Boolean(parts);
    }
    const spread = () => { if (apportion()) auto.value = true; };
    watch(() => props.amount, () => {
      const untouched = FUNDERS.every((f) => !String(props.modelValue[f] ?? '').trim());
      if (untouched && !String(props.amount ?? '').trim()) auto.value = true;
      if (auto.value) apportion();
    });
    watch(() => props.available, () => { auto.value = true; apportion(); }, { deep: true });
    const shares = computed(() => FUNDERS.map((f) => cents(String(props.modelValue[f] ?? '').trim() === '' ? '0' : props.modelValue[f])));
    const total = computed(() => (shares.value.some((c) => c === null) ? null : shares.value.reduce((s, c) => s + c, 0n)));
    const amountCents = computed(() => cents(props.amount));
    const left = computed(() => (total.value === null || amountCents.value === null ? null : amountCents.value - total.value));
    const splitError = computed(() => (props.error && props.error.fields ? props.error.fields.split || null : null));
    return { FUNDERS, set, spread, auto, total, left, splitError, moneyCents, decimalWith };
  },
  template: `
    <fieldset class="fin-split" :data-testid="testid">
      <legend>{{ $t('finance.split.legend') }}</legend>
      <div class="fin-split-grid">
        <Field v-for="f in FUNDERS" :key="f" :label="$t('funder.' + f)" :name="'split.' + f" :model-value="modelValue[f]"
               @update:model-value="set(f, $event)" :error="error" v-input="decimalWith(testid + '-' + f)"
               :help="available ? $t(availableLabel, { amount: moneyCents(available[f]) }) : ''" />
      </div>
      <p class="fin-split-sum" :class="{ ok: left === 0n, bad: left !== null && left !== 0n }" aria-live="polite">
        <template v-if="total !== null">{{ $t('finance.split.sum', { sum: moneyCents(total) }) }}</template>
        <template v-if="left !== null && left !== 0n"> — {{ $t('finance.split.left', { left: moneyCents(left) }) }}</template>
        <template v-else-if="left === 0n"> — {{ $t('finance.split.balanced') }}</template>
      </p>
      <span v-if="splitError" class="error" role="alert">{{ splitError }}</span>
      <p v-if="available" class="fin-split-auto">
        <span class="muted">{{ auto ? $t('finance.split.auto') : $t('finance.split.manual') }}</span>
        <button v-if="!auto" type="button" class="secondary" @click="spread" :data-testid="testid + '-spread'">{{ $t('finance.split.spread') }}</button>
      </p>
    </fieldset>`,
});

/**
 * A refusal. When the API names fields, a translated sentence points at them (the shared alert
 * would show the API's English title), and the messages of fields that no input of the form shows
 * (`shown` lists the names it has) are listed, so that nothing the API says is lost. Any other
 * failure is the shared alert.
 */
export const Refusal = defineComponent({
  name: 'FinanceRefusal',
  props: { error: { default: null }, shown: { type: Array, default: () => [] } },
  setup(props) {
    const fields = computed(() => (props.error && props.error.fields) || {});
    const named = computed(() => ![403, 404].includes(props.error && props.error.status) && Object.keys(fields.value).length > 0);
    const others = computed(() => Object.keys(fields.value)
      .filter((k) => !props.shown.some((s) => k === s || k.startsWith(`${s}.`)))
      .map((k) => `${k} : ${fields.value[k]}`));
    const underFields = computed(() => others.value.length < Object.keys(fields.value).length);
    return { named, others, underFields };
  },
  template: `
    <div v-if="error" data-testid="refusal">
      <div v-if="named" class="alert error" role="alert">
        {{ $t(underFields ? 'finance.refused' : 'finance.refusedBecause', { status: error.status }) }}
        <ul v-if="others.length" class="fin-others"><li v-for="o in others" :key="o"><bdi>{{ o }}</bdi></li></ul>
      </div>
      <ProblemAlert v-else :error="error" />
    </div>`,
});

/** Runs a write with the shared useLoad: its refusal (the form keeps what was typed), or its result in `done`. */
export function useAction(action) {
  const { data: done, error, loading: busy, run } = useLoad(async (...args) => (await action(...args)) || true);
  async function runAction(...args) {
    done.value = null;
    const result = await run(...args);
    return error.value ? null : result;
  }
  return { error, done, busy, run: runAction };
}

/**
 * One page of a list the API pages, with the shared useLoad: `list` (the PageResult), `error`,
 * `load(page)` for the pager and `reload()` for the page shown. `params` gives the filters.
 */
export function usePaged(path, params = () => ({}), size = 20) {
  const { data, error, loading, run } = useLoad((page = 0) => api.get(typeof path === 'function' ? path() : path, { ...params(), page, size }));
  const reload = () => run(data.value ? data.value.page : 0);
  return { list: data, error, loading, load: run, reload };
}

/** Every item of a paged list (500 at a time), for the choices of a form. */
export async function allItems(path, params = {}) {
  const items = [];
  for (let page = 0; ; page++) {
    const result = await api.get(path, { ...params, page, size: 500 });
    items.push(...result.items);
    if (!result.items.length || items.length >= result.total) return items;
  }
}

/** A fiscal year's choices: "all", then the years the city budgets, newest first. */
export function yearOptions(t, years) {
  return [{ value: '', label: t('common.all') }, ...years.map((y) => ({ value: String(y), label: String(y) }))];
}

/** The fiscal years that have budget lines (read from the execution figures). */
export function useFiscalYears() {
  const years = ref([]);
  onMounted(async () => {
    try {
      const rows = await api.get('/v1/finance/figures/execution');
      years.value = [...new Set(rows.map((r) => r.fiscalYear))].sort((a, b) => b - a);
    } catch (e) {
      console.warn('cmc: fiscal years', e);
    }
  });
  return years;
}

/** The city's budget lines, read once for the labels of a screen (an empty list if they cannot be read). */
export function useBudgetLines() {
  const lines = ref([]);
  onMounted(async () => {
    try {
      lines.value = await allItems('/v1/finance/budget-lines');
    } catch (e) {
      console.warn('cmc: budget lines', e);
    }
  });
  return lines;
}

/** The documents attached to a commitment or a payment: upload (the file as the body) and list. */
export const EvidencePanel = defineComponent({
  name: 'FinanceEvidence',
  props: {
    subject: { type: String, required: true }, // 'commitments' | 'payments'
    id: { type: String, required: true },
    fileTestid: { type: String, required: true },
    submitTestid: { type: String, required: true },
    tableTestid: { type: String, required: true },
  },
  setup(props) {
    const file = ref(null);
    const input = ref(null);
    const { list, error: listError, load } = usePaged(() => `/v1/finance/${props.subject}/${props.id}/evidence`);
    const upload = useAction(async () => {
      const chosen = file.value;
      const created = await api.upload(`/v1/finance/${props.subject}/${props.id}/evidence`, chosen, { fileName: chosen.name });
      file.value = null;
      if (input.value) input.value.value = '';
      await load(0);
      return created;
    });
    const fileError = computed(() => {
      const e = upload.error.value;
      if (!e || !e.fields) return null;
      return Object.values(e.fields).join(' · ') || null;
    });
    const choose = (event) => { file.value = event.target.files[0] || null; };
    const fetchError = ref(null);
    const downloadEvidence = async (row) => {
      fetchError.value = null;
      try { await download(`/v1/finance/evidence/${row.id}/content`, {}, row.fileName); } catch (e) { fetchError.value = e; }
    };
    watch(() => props.id, () => { upload.done.value = null; upload.error.value = null; load(0); });
    onMounted(() => load(0));
    const fieldId = `evidence-${props.subject}-${Math.random().toString(36).slice(2, 8)}`;
    return { file, input, list, listError, fetchError, upload, fileError, choose, downloadEvidence, load, fieldId, number, dateTime, canWrite };
  },
  template: `
    <div class="fin-evidence">
      <form v-if="canWrite()" class="form" @submit.prevent="upload.run()" :data-testid="fileTestid + '-form'">
        <div class="field">
          <label :for="fieldId">{{ $t('finance.evidence.file') }}</label>
          <input :id="fieldId" ref="input" type="file" name="content" accept="application/pdf,image/png,image/jpeg"
                 :data-testid="fileTestid" :aria-invalid="fileError ? 'true' : 'false'"
                 :aria-describedby="fieldId + (fileError ? '-error' : '-help')" @change="choose">
          <span v-if="!fileError" class="help" :id="fieldId + '-help'">{{ $t('finance.evidence.help') }}</span>
          <span v-if="fileError" class="error" :id="fieldId + '-error'" role="alert">{{ fileError }}</span>
        </div>
        <div class="actions">
          <button type="submit" :disabled="!file || upload.busy.value" :data-testid="submitTestid">{{ $t('finance.evidence.attach') }}</button>
        </div>
      </form>
      <ProblemAlert :error="upload.error.value" />
      <p v-if="upload.done.value" class="alert ok" role="status" data-testid="evidence-attached">
        {{ $t('finance.evidence.attached', { file: upload.done.value.fileName }) }}
        <span class="fin-hash" dir="ltr">SHA-256 {{ upload.done.value.sha256 }}</span>
      </p>
      <ProblemAlert :error="listError || fetchError" />
      <DataTable v-if="list" :testid="tableTestid" :rows="list.items" :page="list" @page="load"
                 :caption="$t('finance.evidence.title')"
                 :columns="[
                   { key: 'fileName', label: $t('finance.evidence.fileName') },
                   { key: 'contentType', label: $t('finance.evidence.type') },
                   { key: 'sizeBytes', label: $t('finance.evidence.size'), num: true, value: (r) => $t('finance.evidence.bytes', { n: number(r.sizeBytes) }) },
                   { key: 'sha256', label: 'SHA-256' },
                   { key: 'uploadedBy', label: $t('finance.evidence.uploadedBy') },
                   { key: 'uploadedAt', label: $t('finance.evidence.uploadedAt'), value: (r) => dateTime(r.uploadedAt) },
                   { key: 'content', label: $t('common.actions') },
                 ]">
        <template #cell-fileName="{ row }"><bdi>{{ row.fileName }}</bdi></template>
        <template #cell-sha256="{ row }"><code class="fin-hash" dir="ltr" data-testid="evidence-sha256">{{ row.sha256 }}</code></template>
        <template #cell-content="{ row }"><button type="button" class="secondary" @click="downloadEvidence(row)">{{ $t('finance.evidence.download') }}</button></template>
      </DataTable>
    </div>`,
});

/** A status as a badge, translated: ok for what stands, bad for what is cancelled or waiting. */
export const StatusBadge = defineComponent({
  name: 'FinanceStatus',
  props: { group: { type: String, required: true }, value: { type: String, required: true } },
  setup(props) {
    const tone = computed(() => ({
      IN_FORCE: 'ok', APPROVED: 'ok', RECORDED: 'ok',
      CANCELLED: 'bad', REVERSED: 'bad', PENDING_APPROVAL: 'bad', AMENDED: '',
    }[props.value] || ''));
    return { tone };
  },
  template: `<span class="badge" :class="tone" :data-status="value">{{ $t('finance.' + group + '.' + value) }}</span>`,
});

/** Per funder: share, committed, paid and what remains available of a budget line or commitment. */
export const FunderTable = defineComponent({
  name: 'FinanceFunderTable',
  props: { rows: { type: Array, required: true }, labels: { type: Object, default: null }, testid: { type: String, default: 'funder-table' } },
  setup(props) {
    const { t } = useI18n();
    const columns = computed(() => {
      const labels = props.labels || { share: 'finance.line.share', committed: 'finance.line.committed', paid: 'finance.line.paid', available: 'finance.line.available' };
      return [{ key: 'funder', label: t('common.funder'), value: (r) => t(`funder.${r.funder}`) },
        ...Object.entries(labels).map(([key, label]) => ({ key, label: t(label), num: true,
          value: (r) => (typeof r[key] === 'bigint' ? money(plain(r[key])) : money(r[key])) }))];
    });
    return { columns };
  },
  template: `<DataTable :testid="testid" :rows="rows" row-key="funder" :columns="columns" />`,
});

export const kit = { SplitFields, Refusal, EvidencePanel, StatusBadge, FunderTable };
