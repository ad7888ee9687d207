// The figures explorer: GET /v1/national/figures with the analyst's own grouping (city, region,
// source, period, sector, pole, level, funder, category, in the order ticked) and filters (region,
// city, source, period); one column per dimension, per measure and per ratio present, and the same
// table as CSV or XLSX.
import { defineComponent, ref, reactive, computed, onMounted, watch } from 'vue';
import { session } from '../../session.js';
import { t } from '../../i18n.js';
import { name } from '../../format.js';
import {
  ExportButtons, RefusalAlert, DIMENSIONS, SOURCES, answerFigures, cityOptions, nationalFigures, loadPeriods, scope, periodLabel, figureColumns,
  dimensionColumns, rowKey, useRun,
} from './common.js';

export const Explorer = defineComponent({
  name: 'NationalExplorer',
  components: { ExportButtons, RefusalAlert },
  setup() {
    const groupBy = ref(['region', 'source']);
    const filter = reactive({ region: '', city: '', source: '', period: '' });
    const answer = ref({ groupBy: [], measures: [], ratios: [], rows: [] });
    const params = computed(() => ({ groupBy: groupBy.value.length ? groupBy.value : ['none'], ...filter }));
    const { error, loading, run } = useRun(async () => {
      await loadPeriods();
      if (!filter.period && scope.year) filter.period = `intake:${scope.year}`;
      answer.value = await nationalFigures(params.value);
    });
    onMounted(run);
    watch(params, run, { deep: true });

    function toggle(dimension, on) {
      groupBy.value = on ? [...groupBy.value, dimension] : groupBy.value.filter((d) => d !== dimension);
    }
    const all = (options) => [{ value: '', label: t('common.all') }, ...options];
    const regions = computed(() => all((session.config?.regions || []).map((r) => ({ value: r.code, label: name(r.name) }))));
    const cities = computed(() => all(cityOptions((session.config?.cities || []).filter((c) => !filter.region || c.region === filter.region))));
    const sources = computed(() => all(SOURCES.map((s) => ({ value: s, label: t(`national.source.${s}`) }))));
    const periods = computed(() => all(scope.periods.map((p) => ({ value: p, label: periodLabel(p) }))));
    const dims = computed(() => DIMENSIONS.map((d) => ({ value: d, label: t(`national.dimension.${d}`), on: groupBy.value.includes(d) })));
    const columns = computed(() => [
      ...dimensionColumns(answer.value.groupBy),
      ...figureColumns(answerFigures(answer.value)),
    ]);
    const rows = computed(() => answer.value.rows.map((r, i) => ({ ...r, key: rowKey(r, answer.value.groupBy) || String(i) })));
    watch(() => filter.region, () => {
      if (filter.city && !cities.value.some((c) => c.value === filter.city)) filter.city = '';
    });
    return { groupBy, filter, params, dims, toggle, regions, cities, sources, periods, columns, rows, error, loading, run };
  },
  template: `
    <div>
      <h1>{{ $t('national.explorer.title') }}</h1>
      <p class="muted">{{ $t('national.explorer.intro') }}</p>
      <fieldset class="card checks" data-testid="national-explorer-groupby">
        <legend>{{ $t('national.groupBy') }}</legend>
        <label v-for="d in dims" :key="d.value">
          <input type="checkbox" name="groupBy" :value="d.value" :checked="d.on" @change="toggle(d.value, $event.target.checked)"> {{ d.label }}
        </label>
        <span class="muted">{{ groupBy.length ? $t('national.explorer.order', { order: groupBy.map(d => $t('national.dimension.' + d)).join(' › ') }) : $t('national.explorer.total') }}</span>
      </fieldset>
      <div class="toolbar">
        <Field :label="$t('national.dimension.region')" name="region" v-model="filter.region" :options="regions" :error="error" />
        <Field :label="$t('national.dimension.city')" name="city" v-model="filter.city" :options="cities" :error="error" />
        <Field :label="$t('national.dimension.source')" name="source" v-model="filter.source" :options="sources" :error="error" />
        <Field :label="$t('national.dimension.period')" name="period" v-model="filter.period" :options="periods" :error="error" />
        <button type="button" class="secondary" data-testid="national-refresh" :disabled="loading" @click="run">{{ $t('common.refresh') }}</button>
        <ExportButtons path="/v1/national/figures" :params="params" filename="national-figures" testid="national-explorer-export" />
      </div>
      <RefusalAlert :error="error" />
      <p class="muted" role="status">{{ loading ? $t('common.loading') : $t('national.explorer.rows', { n: rows.length }) }}</p>
      <DataTable :columns="columns" :rows="rows" row-key="key" testid="national-explorer-table" />
    </div>`,
});
