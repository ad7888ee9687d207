// What the HQ screens share: the labels of HQ's measures, ratios, dimensions and periods (every
// code the national API sends is translated here, never shown raw), the formatting of a figure,
// the year and fiscal year the analyst is looking at (kept across the HQ screens), and the small
// widgets every table of the area uses (exports, tiles, the period bar). The regional audit area
// imports the export buttons and the hash display from here too.
import { defineComponent, reactive, ref, computed } from 'vue';
import { api } from '../../api.js';
import { session } from '../../session.js';
import { i18n, t } from '../../i18n.js';
import { name, number, money, percent } from '../../format.js';
import { messages } from './messages.js';
import { useLoad } from '../../components/index.js';

export const HQ = ['hq-analyst'];

/** The amounts in MAD among HQ's measures (finance's); every other measure is a count or hours. */
const MONEY = new Set(['budget', 'committed', 'paid']);

/** HQ's ratios (Ratios.NATIONAL), with their decimals; `percent` false for a plain quotient. */
export const RATIOS = {
  'demand-rate': { digits: 1 }, 'applicants-per-seat': { digits: 2, quotient: true }, 'fill-rate': { digits: 1 },
  'boarding-occupancy': { digits: 1 }, 'housed-share': { digits: 1 }, 'platform-utilisation': { digits: 1 },
  'trainer-load': { digits: 1 }, 'response-rate-6m': { digits: 1 }, 'insertion-rate-6m': { digits: 1 },
  'response-rate-12m': { digits: 1 }, 'insertion-rate-12m': { digits: 1 }, 'commitment-rate': { digits: 2 },
  'execution-rate': { digits: 2 },
};

export const DIMENSIONS = ['city', 'region', 'source', 'period', 'sector', 'pole', 'level', 'funder', 'category'];
export const SOURCES = ['training-offer', 'admissions', 'boarding', 'facilities', 'staff', 'careers', 'finance'];

/** The message of `key` if there is one, else `fallback` (a code a city defined, such as a pole). */
function known(key, fallback, params) {
  return i18n.global.te(key) || i18n.global.te(key, 'fr') ? t(key, params || {}) : fallback;
}

/** A measure or a ratio, with the tracer surveys' horizon ("-6m", "-12m") read apart. */
export function figureLabel(code) {
  const horizon = /^(.*)-(6|12)m$/.exec(code);
  if (horizon) {
    const base = known(`national.figure.${horizon[1]}`, horizon[1]);
    return t(`national.horizon.m${horizon[2]}`, { figure: base });
  }
  return known(`national.figure.${code}`, code);
}

export function isRatio(code) {
  return Object.prototype.hasOwnProperty.call(RATIOS, code);
}

/** A figure's value as the reader expects it: MAD, a percentage, a quotient or a count. */
export function formatValue(code, value) {
  if (value === null || value === undefined) return '—';
  if (isRatio(code)) {
    const r = RATIOS[code];
    return r.quotient ? number(value, r.digits) : percent(value, { alreadyPercent: true, digits: r.digits });
  }
  return MONEY.has(code) ? money(value) : number(value, 2);
}

/** The value of a measure or ratio in a row of /v1/national/figures. */
export function figureOf(row, code) {
  if (!row) return null;
  const from = isRatio(code) ? row.ratios : row.measures;
  return from && from[code] !== undefined ? from[code] : null;
}

export function formatFigure(row, code) {
  return formatValue(code, figureOf(row, code));
}

/**
 * A value isolated left to right (U+2066 ... U+2069), so that 2025-2026 keeps that order inside
 * Arabic text, also in a <select> option or a message, where <bdi> cannot go.
 */
export const ltr = (value) => `\u2066${value}\u2069`;

export function periodLabel(period) {
  if (!period) return t('national.none');
  const [kind, value] = period.split(':');
  return known(`national.period.${kind}`, period, { value: ltr(value) });
}

export function cityName(code) {
  const city = (session.config?.cities || []).find((c) => c.code === code);
  return city ? name(city.name) : code;
}

export function regionName(code) {
  const region = (session.config?.regions || []).find((r) => r.code === code);
  return region ? name(region.name) : code;
}

/** The cities as select options, short: the town and its region. */
export function cityOptions(cities = session.config?.cities || []) {
  return cities.map((c) => ({ value: c.code, label: `${name(c.city)} — ${regionName(c.region)}` }));
}

/** A pole is a city's own code; the demo's are the sectors' codes in capitals. */
function poleLabel(code) {
  const sector = `national.sector.${code.toLowerCase()}`;
  return i18n.global.te(sector) || i18n.global.te(sector, 'fr') ? t('national.pole', { sector: t(sector) }) : code;
}

/** The label of one dimension's value in a row (the row's city and region carry their names). */
export function dimensionValue(dimension, row) {
  const v = row[dimension];
  if (dimension === 'city') return v ? name(v.name) || cityName(v.code) : t('national.none');
  if (dimension === 'region') return v ? name(v.name) || regionName(v.code) : t('national.none');
  if (v === null || v === undefined || v === '') return t('national.none');
  switch (dimension) {
    case 'period': return periodLabel(v);
    case 'source': return known(`national.source.${v}`, v);
    case 'sector': return known(`national.sector.${v}`, v);
    case 'pole': return poleLabel(v);
    case 'level': return known(`level.${v}`, v);
    case 'funder': return known(`funder.${v}`, v);
    case 'category': return known(`national.category.${v}`, v);
    default: return v;
  }
}

/** A short label for rankings and charts: a city by the town it stands in, else its dimension value. */
export function placeLabel(dimension, row) {
  if (dimension === 'city' && row.city?.seat) return name(row.city.seat);
  return dimensionValue(dimension, row);
}

/** The order figures are read in: that of the messages (offer, admissions, boarding... finance, then ratios). */
const ORDER = Object.keys(messages.fr.national.figure);
const rank = (code) => {
  const i = ORDER.indexOf(code.replace(/-(6|12)m$/, ''));
  return i < 0 ? ORDER.length : i;
};

/** The measures of an answer of /v1/national/figures, then its ratios, in reading order. */
export function answerFigures(answer) {
  const measures = [...answer.measures].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const ratios = answer.ratios.map((r) => r.name).filter(isRatio).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return [...measures, ...ratios];
}

/** The DataTable columns of some figures. */
export function figureColumns(codes) {
  return codes.map((code) => ({ key: `f:${code}`, label: figureLabel(code), num: true, value: (row) => formatFigure(row, code) }));
}

/** The DataTable columns of the dimensions grouped by. */
export function dimensionColumns(dimensions) {
  return dimensions.map((d) => ({ key: `d:${d}`, label: t(`national.dimension.${d}`), value: (row) => dimensionValue(d, row) }));
}

/** A stable key for a row of /v1/national/figures: its dimensions' values. */
export function rowKey(row, dimensions) {
  return dimensions.map((d) => (d === 'city' || d === 'region' ? row[d]?.code : row[d]) ?? '').join('|');
}

/** The query string of the national figures: lists become comma-separated values. */
export function figureParams(params) {
  const out = {};
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) {
      if (v.length) out[k] = v.join(',');
    } else if (v !== undefined && v !== null && v !== '') {
      out[k] = v;
    }
  }
  return out;
}

export function nationalFigures(params) {
  return api.get('/v1/national/figures', figureParams(params));
}

// --- the year the HQ screens look at ---------------------------------------------------------

/**
 * The academic year (an intake period) and the fiscal year ('' for all of them) the analyst
 * chose; the periods HQ holds figures of, to offer. Kept while the console is open.
 */
export const scope = reactive({ year: '', fiscal: '', periods: [] });

export async function loadPeriods() {
  const answer = await nationalFigures({ groupBy: 'period' });
  scope.periods = answer.rows.map((r) => r.period).filter(Boolean).sort();
  if (!scope.year) {
    const intakes = scope.periods.filter((p) => p.startsWith('intake:')).map((p) => p.slice(7));
    scope.year = session.config?.academicYear && (intakes.includes(session.config.academicYear) || !intakes.length)
      ? session.config.academicYear : intakes[intakes.length - 1] || '';
  }
  return scope.periods;
}

export const intakeYears = () => {
  const years = new Set(scope.periods.filter((p) => p.startsWith('intake:')).map((p) => p.slice(7)));
  if (session.config?.academicYear) years.add(session.config.academicYear);
  if (scope.year) years.add(scope.year);
  return [...years].sort();
};

export const fiscalYears = () => scope.periods.filter((p) => p.startsWith('fiscal:')).map((p) => p.slice(7));

/**
 * The periods of the chosen scope: the academic year for the offer, admissions, boarding,
 * facilities, staff and careers; the chosen fiscal year, or every one HQ holds, for finance.
 */
export function scopePeriods() {
  const fiscal = scope.fiscal ? [`fiscal:${scope.fiscal}`] : fiscalYears().map((y) => `fiscal:${y}`);
  return [...(scope.year ? [`intake:${scope.year}`] : []), ...fiscal];
}

/** The bar above every figure screen: the academic year, the fiscal year, refresh. */
export const ScopeBar = defineComponent({
  name: 'NationalScopeBar',
  props: { loading: Boolean },
  emits: ['change', 'refresh'],
  setup(props, { emit }) {
    const years = computed(() => intakeYears().map((y) => ({ value: y, label: y })));
    const fiscals = computed(() => [{ value: '', label: t('national.allFiscalYears') },
      ...fiscalYears().map((y) => ({ value: y, label: y }))]);
    const setYear = (v) => { scope.year = v; emit('change'); };
    const setFiscal = (v) => { scope.fiscal = v; emit('change'); };
    return { scope, years, fiscals, setYear, setFiscal };
  },
  template: `
    <div class="toolbar" data-testid="national-scope">
      <Field :label="$t('common.academicYear')" name="period" :model-value="scope.year" :options="years" @update:model-value="setYear" />
      <Field :label="$t('common.fiscalYear')" name="fiscal" :model-value="scope.fiscal" :options="fiscals" @update:model-value="setFiscal" />
      <slot />
      <button type="button" class="secondary" data-testid="national-refresh" :disabled="loading" @click="$emit('refresh')">{{ $t('common.refresh') }}</button>
      <span v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</span>
    </div>`,
});

/** Runs `work` (which sets its own refs) with the console's useLoad: a loading flag, its failure, `run`. */
export function useRun(work) {
  const { error, loading, run } = useLoad(work);
  return { error, loading, run };
}

// --- widgets ---------------------------------------------------------------------------------

/**
 * Export buttons: `path` without its extension, one button per format; the file is fetched with
 * the token (api.download). A refusal shows next to the buttons.
 */
export const ExportButtons = defineComponent({
  name: 'ExportButtons',
  props: {
    path: { type: String, required: true },
    params: { type: Object, default: () => ({}) },
    formats: { type: Array, default: () => ['csv', 'xlsx'] },
    filename: { type: String, default: '' },
    testid: { type: String, default: null },
  },
  setup(props) {
    const busy = ref('');
    const error = ref(null);
    const labels = { csv: 'common.exportCsv', xlsx: 'common.exportXlsx', json: 'national.exportJson' };
    async function get(format) {
      busy.value = format;
      error.value = null;
      try {
        const base = props.filename || props.path.split('/').pop();
        await api.download(`${props.path}.${format}`, figureParams(props.params), `${base}.${format}`);
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = '';
      }
    }
    return { busy, error, labels, get };
  },
  template: `
    <div class="exports" :data-testid="testid" role="group" :aria-label="$t('common.export')">
      <span class="muted">{{ $t('common.export') }}</span>
      <button v-for="f in formats" :key="f" type="button" class="secondary" :disabled="!!busy"
              :data-testid="testid ? testid + '-' + f : null" @click="get(f)">{{ $t(labels[f]) }}</button>
      <ProblemAlert :error="error" />
    </div>`,
});

/**
 * A refused write: when the API named the fields at fault, a summary in the reader's language
 * (each field shows the API's message next to it); otherwise the problem itself.
 */
export const RefusalAlert = defineComponent({
  name: 'RefusalAlert',
  props: { error: { default: null } },
  setup(props) {
    const named = computed(() => Boolean(props.error && Object.keys(props.error.fields || {}).length));
    return { named };
  },
  template: `<div v-if="named" class="alert error" role="alert">{{ $t('national.refusedFields') }}</div><ProblemAlert v-else :error="error" />`,
});

/** A hash or key id, left to right in Arabic too; `short` shows its first characters only. */
export const Hash = defineComponent({
  name: 'Hash',
  props: { value: String, short: { type: Boolean, default: false } },
  template: `<code v-if="value" class="hash" :class="{ short }" dir="ltr" :title="value">{{ short ? value.slice(0, 12) + '…' : value }}</code><span v-else>—</span>`,
});

/**
 * Tiles of figures, grouped in sections: [{title, tiles: [{id, hint?(row)}]}]; each tile's test id
 * is `<prefix><figure>`, e.g. national-total-enrolled.
 */
export const FigureTiles = defineComponent({
  name: 'FigureTiles',
  props: { row: { type: Object, default: null }, sections: { type: Array, required: true }, prefix: { type: String, required: true } },
  setup(props) {
    const shown = computed(() => props.sections.map((s) => ({
      title: s.title,
      tiles: s.tiles.map((tile) => ({
        id: tile.id,
        label: figureLabel(tile.id),
        value: formatFigure(props.row, tile.id),
        hint: figureOf(props.row, tile.id) === null ? t('national.noFigure') : tile.hint ? tile.hint(props.row) : '',
      })),
    })));
    return { shown };
  },
  template: `
    <section v-for="s in shown" :key="s.title" class="figure-tiles">
      <h2>{{ s.title }}</h2>
      <div class="grid">
        <Stat v-for="tile in s.tiles" :key="tile.id" :testid="prefix + tile.id" :label="tile.label" :value="tile.value" :hint="tile.hint" />
      </div>
    </section>`,
});

/** The tiles of a national, regional or city total. */
export function totalSections() {
  const f = formatFigure;
  return [
    { title: t('national.section.offer'), tiles: [
      { id: 'institutions' },
      { id: 'seats', hint: (r) => t('national.hint.programmes', { n: f(r, 'programmes') }) },
      { id: 'first-year-seats' },
      { id: 'applications', hint: (r) => t('national.hint.firstChoices', { n: f(r, 'first-choices') }) },
      { id: 'demand-rate', hint: (r) => t('national.hint.perSeat', { n: f(r, 'applicants-per-seat') }) },
      { id: 'enrolled', hint: (r) => t('national.hint.acceptances', { n: f(r, 'acceptances') }) },
      { id: 'fill-rate', hint: () => t('national.hint.fillRate') },
    ] },
    { title: t('national.section.campus'), tiles: [
      { id: 'boarding-occupancy', hint: (r) => t('national.hint.beds', { occupied: f(r, 'occupied-beds'), beds: f(r, 'beds') }) },
      { id: 'housed-share', hint: (r) => t('national.hint.housed', { n: f(r, 'housed-trainees'), of: f(r, 'trainees') }) },
      { id: 'platform-utilisation', hint: (r) => t('national.hint.hours', { booked: f(r, 'booked-hours'), open: f(r, 'available-hours') }) },
      { id: 'trainers', hint: (r) => t('national.hint.load', { rate: f(r, 'trainer-load') }) },
      { id: 'insertion-rate-6m', hint: (r) => t('national.hint.respondents', { n: f(r, 'respondents-6m') }) },
    ] },
    { title: t('national.section.finance'), tiles: [
      { id: 'budget' },
      { id: 'committed', hint: (r) => t('national.hint.rate', { rate: f(r, 'commitment-rate') }) },
      { id: 'paid' },
      { id: 'execution-rate', hint: () => t('national.hint.execution') },
    ] },
  ];
}
