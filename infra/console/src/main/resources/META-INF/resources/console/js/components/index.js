// The console's shared building blocks: a table for the API's lists and pages, a labelled form
// field that shows the API's error for it, an alert for a problem, a Chart.js chart that follows
// right-to-left, stat tiles and a year picker. Every area of the console is built from these.
import { defineComponent, ref, watch, onMounted, onBeforeUnmount, computed, h, markRaw } from 'vue';
import { useI18n } from 'vue-i18n';
import { language, isRtl } from '../i18n.js';
import { academicYears } from '../format.js';

let ids = 0;
const nextId = (prefix) => `${prefix}-${++ids}`;

export const Field = defineComponent({
  name: 'Field',
  props: {
    label: { type: String, required: true },
    modelValue: { default: '' },
    type: { type: String, default: 'text' },
    name: { type: String, default: '' },
    error: { type: [String, Object], default: null },
    options: { type: Array, default: null },
    help: { type: String, default: '' },
    required: { type: Boolean, default: false },
    step: { type: String, default: null },
    min: { type: [String, Number], default: null },
    max: { type: [String, Number], default: null },
    dir: { type: String, default: null },
    placeholder: { type: String, default: null },
    disabled: { type: Boolean, default: false },
  },
  emits: ['update:modelValue'],
  setup(props) {
    const id = nextId('f');
    const message = computed(() => {
      if (!props.error) return null;
      if (typeof props.error === 'string') return props.error;
      return props.error.field ? props.error.field(props.name) : null;
    });
    return { id, message };
  },
  template: `
    <div class="field">
      <label :for="id">{{ label }}<span v-if="required" aria-hidden="true"> *</span></label>
      <select v-if="options" :id="id" :name="name" :value="modelValue" :required="required" :disabled="disabled"
              :aria-invalid="message ? 'true' : 'false'" :aria-describedby="message ? id + '-error' : (help ? id + '-help' : null)"
              @change="$emit('update:modelValue', $event.target.value)">
        <option v-for="o in options" :key="o.value" :value="o.value">{{ o.label }}</option>
      </select>
      <textarea v-else-if="type === 'textarea'" :id="id" :name="name" :value="modelValue" :required="required" :dir="dir"
              :aria-invalid="message ? 'true' : 'false'" :aria-describedby="message ? id + '-error' : null"
              @input="$emit('update:modelValue', $event.target.value)"></textarea>
      <input v-else :id="id" :name="name" :type="type" :value="modelValue" :required="required" :step="step" :min="min" :max="max"
             :dir="dir" :placeholder="placeholder" :disabled="disabled"
             :aria-invalid="message ? 'true' : 'false'" :aria-describedby="message ? id + '-error' : (help ? id + '-help' : null)"
             @input="$emit('update:modelValue', $event.target.value)">
      <span v-if="help && !message" class="help" :id="id + '-help'">{{ help }}</span>
      <span v-if="message" class="error" :id="id + '-error'" role="alert">{{ message }}</span>
    </div>`,
});

/** The problem the API answered with, or any other failure, as one alert. */
export const ProblemAlert = defineComponent({
  name: 'ProblemAlert',
  props: { error: { default: null } },
  setup(props) {
    const { t } = useI18n();
    const text = computed(() => {
      const e = props.error;
      if (!e) return null;
      if (e.status === 403) return t('error.forbidden');
      if (e.status === 404) return t('error.notFound');
      if (e.problem) {
        const fields = Object.keys(e.fields || {});
        // The API's titles are English: the console says it in the reader's language, and keeps
        // the API's own detail (and each field's message, shown next to its field).
        const known = { 400: 'error.invalid', 409: 'error.conflict', 422: 'error.refused' }[e.status];
        const title = known ? t(known) : e.problem.title || t('error.generic');
        return e.problem.detail && !fields.length ? `${title} — ${e.problem.detail}` : title;
      }
      return e.message || t('error.generic');
    });
    return { text };
  },
  template: `<div v-if="text" class="alert error" role="alert">{{ text }}</div>`,
});

export const Stat = defineComponent({
  name: 'Stat',
  props: { label: String, value: [String, Number], hint: String, testid: String },
  template: `<div class="stat" :data-testid="testid"><div class="label">{{ label }}</div>
    <div class="value">{{ value }}</div><div v-if="hint" class="hint">{{ hint }}</div></div>`,
});

/**
 * A table of rows. Columns: {key, label, num?, value?(row)}; a slot named `cell-<key>` replaces a
 * cell. With `page` (a PageResult) it shows the pager and emits `page` with the page wanted.
 */
export const DataTable = defineComponent({
  name: 'DataTable',
  props: {
    columns: { type: Array, required: true },
    rows: { type: Array, default: () => [] },
    rowKey: { type: String, default: 'id' },
    caption: { type: String, default: '' },
    clickable: { type: Boolean, default: false },
    page: { type: Object, default: null },
    testid: { type: String, default: null },
  },
  emits: ['select', 'page'],
  setup(props) {
    const pages = computed(() => (props.page ? Math.max(1, Math.ceil(props.page.total / props.page.size)) : 1));
    const cell = (row, column) => {
      if (column.value) return column.value(row);
      const v = column.key.split('.').reduce((o, k) => (o == null ? o : o[k]), row);
      return v === null || v === undefined ? '—' : v;
    };
    return { pages, cell };
  },
  template: `
    <div class="table-wrap" :data-testid="testid">
      <table>
        <caption v-if="caption">{{ caption }}</caption>
        <thead><tr><th v-for="c in columns" :key="c.key" scope="col" :class="{ num: c.num }">{{ c.label }}</th></tr></thead>
        <tbody>
          <tr v-for="(row, i) in rows" :key="row[rowKey] || i" :class="{ clickable }"
              :tabindex="clickable ? 0 : null" @click="clickable && $emit('select', row)"
              @keydown.enter="clickable && $emit('select', row)">
            <td v-for="c in columns" :key="c.key" :class="{ num: c.num }">
              <slot :name="'cell-' + c.key" :row="row">{{ cell(row, c) }}</slot>
            </td>
          </tr>
          <tr v-if="!rows.length"><td :colspan="columns.length" class="empty">{{ $t('table.empty') }}</td></tr>
        </tbody>
      </table>
      <nav v-if="page && pages > 1" class="pager" :aria-label="$t('table.pages')">
        <button class="secondary" :disabled="page.page <= 0" @click="$emit('page', page.page - 1)">{{ $t('table.previous') }}</button>
        <span>{{ $t('table.pageOf', { page: page.page + 1, pages }) }}</span>
        <button class="secondary" :disabled="page.page + 1 >= pages" @click="$emit('page', page.page + 1)">{{ $t('table.next') }}</button>
        <span class="muted">{{ $t('table.total', { total: page.total }) }}</span>
      </nav>
    </div>`,
});

/**
 * A Chart.js chart (the UMD build, window.Chart). In Arabic the legend and tooltips are set
 * right-to-left and the category axis runs from the right, so that the first item reads first.
 */
export const ChartCanvas = defineComponent({
  name: 'ChartCanvas',
  props: {
    type: { type: String, default: 'bar' },
    labels: { type: Array, default: () => [] },
    datasets: { type: Array, default: () => [] },
    horizontal: { type: Boolean, default: false },
    stacked: { type: Boolean, default: false },
    label: { type: String, required: true },
  },
  setup(props) {
    const canvas = ref(null);
    let chart = null;
    const palette = ['#00594f', '#b3541e', '#3d5a98', '#7a8b00', '#8e3b8e', '#5f6b7a', '#c28f00', '#2f8f83'];
    function options() {
      const rtl = isRtl();
      const cartesian = props.type === 'bar' || props.type === 'line';
      const index = props.horizontal ? 'y' : 'x';
      const value = props.horizontal ? 'x' : 'y';
      const scales = cartesian ? {
        [index]: { reverse: rtl && !props.horizontal, stacked: props.stacked, position: props.horizontal ? (rtl ? 'right' : 'left') : 'bottom' },
        [value]: { beginAtZero: true, stacked: props.stacked, reverse: rtl && props.horizontal,
          position: props.horizontal ? 'bottom' : (rtl ? 'right' : 'left') },
      } : undefined;
      return {
        responsive: true, maintainAspectRatio: false, animation: false, indexAxis: index, layout: { padding: { left: 24, right: 24 } }, locale: rtl ? 'ar-MA' : 'fr-MA',
        plugins: { legend: { rtl, textDirection: rtl ? 'rtl' : 'ltr', position: 'bottom' },
          tooltip: { rtl, textDirection: rtl ? 'rtl' : 'ltr' } },
        scales,
      };
    }
    function draw() {
      if (!canvas.value || !window.Chart) return;
      if (chart) chart.destroy();
      const datasets = props.datasets.map((d, i) => ({
        backgroundColor: props.type === 'doughnut' ? palette : palette[i % palette.length],
        borderColor: props.type === 'line' ? palette[i % palette.length] : undefined,
        ...d,
      }));
      chart = markRaw(new window.Chart(canvas.value, { type: props.type, data: { labels: props.labels, datasets }, options: options() }));
    }
    onMounted(draw);
    watch(() => [props.labels, props.datasets, language.value], draw, { deep: true });
    onBeforeUnmount(() => chart && chart.destroy());
    return { canvas };
  },
  template: `<div class="chart-box"><canvas ref="canvas" role="img" :aria-label="label"></canvas></div>`,
});

export const YearPicker = defineComponent({
  name: 'YearPicker',
  props: { modelValue: String, label: String, around: String },
  emits: ['update:modelValue'],
  setup(props) {
    const years = computed(() => academicYears(props.around || props.modelValue).map((y) => ({ value: y, label: y })));
    return { years };
  },
  components: { Field },
  template: `<Field :label="label || $t('common.academicYear')" :model-value="modelValue" :options="years"
    @update:model-value="$emit('update:modelValue', $event)" />`,
});

/** Runs a loader and keeps its result, its failure and whether it is running. */
export function useLoad(loader) {
  const data = ref(null);
  const error = ref(null);
  const loading = ref(false);
  async function run(...args) {
    loading.value = true;
    error.value = null;
    try {
      data.value = await loader(...args);
    } catch (e) {
      error.value = e;
    } finally {
      loading.value = false;
    }
    return data.value;
  }
  return { data, error, loading, run };
}

export const shared = { Field, ProblemAlert, Stat, DataTable, ChartCanvas, YearPicker };
