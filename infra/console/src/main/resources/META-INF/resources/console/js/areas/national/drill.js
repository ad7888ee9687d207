// The drill-down from the national dashboard: a region (its totals and its cities, ranked), then
// one city (its totals, its figures by sector, pole, level, funder or budget category, how fresh
// HQ's copy is and which of its periods HQ closed). All from HQ's store (/v1/national/...).
import { defineComponent, ref, computed, onMounted, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { api } from '../../api.js';
import { t } from '../../i18n.js';
import { dateTime, number } from '../../format.js';
import {
  ScopeBar, FigureTiles, ExportButtons, totalSections, nationalFigures, loadPeriods, scopePeriods,
  figureLabel, figureColumns, dimensionColumns, dimensionValue, placeLabel, rowKey, cityName, regionName, periodLabel, useRun, answerFigures,
} from './common.js';
import { RankedTable, RankControls, ranked, series } from './dashboard.js';
import { StaleBadge } from './freshness.js';

export const RegionView = defineComponent({
  name: 'NationalRegion',
  components: { ScopeBar, FigureTiles, ExportButtons, RankedTable, RankControls },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const region = computed(() => route.params.region);
    const figure = ref('demand-rate');
    const order = ref('desc');
    const total = ref(null);
    const cities = ref([]);
    const { error, loading, run } = useRun(async () => {
      await loadPeriods();
      const period = scopePeriods();
      const [all, each] = await Promise.all([
        nationalFigures({ groupBy: 'none', region: region.value, period }),
        nationalFigures({ groupBy: 'city', region: region.value, period }),
      ]);
      total.value = all.rows[0] || null;
      cities.value = each.rows;
    });
    onMounted(run);
    watch(region, run);
    const params = computed(() => ({ groupBy: 'city', region: region.value, period: scopePeriods() }));
    const chart = computed(() => {
      const rows = ranked(cities.value, figure.value, order.value);
      return { labels: rows.map((r) => placeLabel('city', r)), datasets: [{ label: figureLabel(figure.value), data: series(rows, figure.value) }] };
    });
    const title = computed(() => regionName(region.value));
    const open = (row) => router.push(`/hq/cities/${row.city.code}`);
    return { region, title, figure, order, total, cities, error, loading, run, sections: computed(totalSections), params, chart, open };
  },
  template: `
    <div>
      <p><router-link to="/hq/dashboard">{{ $t('national.backNational') }}</router-link></p>
      <h1>{{ $t('national.region.title', { region: title }) }}</h1>
      <ScopeBar :loading="loading" @change="run" @refresh="run" />
      <ProblemAlert :error="error" />
      <FigureTiles :row="total" :sections="sections" prefix="region-total-" />
      <section class="card" style="margin-block-start: 1rem">
        <h2>{{ $t('national.region.cities') }}</h2>
        <div class="toolbar">
          <RankControls v-model:figure="figure" v-model:order="order" />
          <ExportButtons path="/v1/national/figures" :params="params" :filename="'national-figures-' + region" testid="region-figures-export" />
        </div>
        <ChartCanvas v-if="cities.length" type="bar" :labels="chart.labels" :datasets="chart.datasets" :label="$t('national.region.cities')" />
        <RankedTable :rows="cities" by="city" :figure="figure" :order="order" testid="region-cities-table" @select="open" />
      </section>
    </div>`,
});

/** The breakdowns of one city: a dimension, and the sources that have it. */
const BREAKDOWNS = {
  sector: ['offer', 'careers'],
  pole: ['offer', 'staff', 'careers'],
  level: ['offer', 'careers'],
  funder: ['finance'],
  category: ['finance'],
};
const SOURCE_SETS = { offer: ['training-offer', 'admissions'], staff: ['staff'], careers: ['careers'], finance: ['finance'] };
const CHART = { offer: ['first-year-seats', 'applications'], staff: ['trainers'], careers: ['graduates'], finance: ['budget', 'committed', 'paid'] };

export const CityView = defineComponent({
  name: 'NationalCity',
  components: { ScopeBar, FigureTiles, ExportButtons, StaleBadge },
  setup() {
    const route = useRoute();
    const city = computed(() => route.params.city);
    const dimension = ref('sector');
    const sources = ref('offer');
    const total = ref(null);
    const breakdown = ref({ measures: [], ratios: [], rows: [] });
    const freshness = ref(null);
    const closed = ref([]);
    const { error, loading, run } = useRun(async () => {
      await loadPeriods();
      const period = scopePeriods();
      const [all, by, fresh, periods] = await Promise.all([
        nationalFigures({ groupBy: 'none', city: city.value, period }),
        nationalFigures({ groupBy: dimension.value, city: city.value, period, source: SOURCE_SETS[sources.value] }),
        api.get('/v1/national/freshness'),
        api.get('/v1/national/periods', { city: city.value }),
      ]);
      total.value = all.rows[0] || null;
      breakdown.value = by;
      freshness.value = fresh.find((c) => c.city.code === city.value) || null;
      closed.value = periods;
    });
    onMounted(run);
    watch(city, run);
    watch(dimension, () => {
      if (!BREAKDOWNS[dimension.value].includes(sources.value)) sources.value = BREAKDOWNS[dimension.value][0];
      else run();
    });
    watch(sources, run);

    const dimensions = computed(() => Object.keys(BREAKDOWNS).map((d) => ({ value: d, label: t(`national.dimension.${d}`) })));
    const sourceOptions = computed(() => BREAKDOWNS[dimension.value].map((s) => ({ value: s, label: t(`national.sourceSet.${s}`) })));
    const columns = computed(() => [
      ...dimensionColumns([dimension.value]),
      ...figureColumns(answerFigures(breakdown.value)),
    ]);
    const rows = computed(() => breakdown.value.rows.map((r) => ({ ...r, key: rowKey(r, [dimension.value]) })));
    const chart = computed(() => {
      const shown = breakdown.value.rows.filter((r) => r[dimension.value]);
      const figures = CHART[sources.value].filter((f) => breakdown.value.measures.includes(f));
      return { labels: shown.map((r) => dimensionValue(dimension.value, r)), datasets: figures.map((f) => ({ label: figureLabel(f), data: series(shown, f) })) };
    });
    const params = computed(() => ({ groupBy: dimension.value, city: city.value, period: scopePeriods(), source: SOURCE_SETS[sources.value] }));
    const me = computed(() => ({ name: cityName(city.value), region: (freshness.value?.city?.region) || '' }));
    const sourceColumns = computed(() => [
      { key: 'source', label: t('national.dimension.source'), value: (s) => t(`national.source.${s.source}`) },
      { key: 'computedAt', label: t('national.fresh.computedAt'), value: (s) => dateTime(s.computedAt) },
      { key: 'appliedAt', label: t('national.fresh.appliedAt'), value: (s) => dateTime(s.appliedAt) },
      { key: 'lagSeconds', label: t('national.fresh.lag'), num: true, value: (s) => number(s.lagSeconds, 1) },
      { key: 'figures', label: t('national.fresh.figures'), num: true, value: (s) => number(s.figures) },
    ]);
    const closedColumns = computed(() => [
      { key: 'period', label: t('national.dimension.period'), value: (p) => periodLabel(p.period) },
      { key: 'closedAt', label: t('national.periods.closedAt'), value: (p) => dateTime(p.closedAt) },
      { key: 'closedBy', label: t('national.periods.by') },
    ]);
    return {
      city, me, dimension, sources, total, rows, columns, chart, params, dimensions, sourceOptions, freshness, closed,
      error, loading, run, sections: computed(totalSections), sourceColumns, closedColumns, regionName, dateTime,
    };
  },
  template: `
    <div>
      <p>
        <router-link to="/hq/dashboard">{{ $t('national.backNational') }}</router-link>
        <template v-if="me.region"> · <router-link :to="'/hq/regions/' + me.region">{{ regionName(me.region) }}</router-link></template>
      </p>
      <h1>{{ me.name }}</h1>
      <ScopeBar :loading="loading" @change="run" @refresh="run" />
      <ProblemAlert :error="error" />
      <FigureTiles :row="total" :sections="sections" prefix="city-total-" />
      <section class="card" style="margin-block-start: 1rem">
        <h2>{{ $t('national.city.breakdown') }}</h2>
        <div class="toolbar">
          <Field :label="$t('national.city.by')" name="groupBy" v-model="dimension" :options="dimensions" />
          <Field :label="$t('national.city.figures')" name="source" v-model="sources" :options="sourceOptions" />
          <ExportButtons path="/v1/national/figures" :params="params" :filename="'national-figures-' + city + '-' + dimension" testid="city-figures-export" />
        </div>
        <ChartCanvas v-if="chart.labels.length && chart.datasets.length" type="bar" :horizontal="dimension === 'sector' || dimension === 'pole'"
                     :labels="chart.labels" :datasets="chart.datasets" :label="$t('national.city.breakdown')" />
        <DataTable :columns="columns" :rows="rows" row-key="key" testid="city-breakdown-table" />
      </section>
      <div class="grid two">
        <section class="card" data-testid="city-freshness">
          <h2>{{ $t('national.fresh.title') }} <StaleBadge v-if="freshness" :city="freshness" /></h2>
          <p v-if="freshness" class="muted">{{ $t('national.fresh.last', { at: dateTime(freshness.lastAppliedAt) }) }}</p>
          <DataTable v-if="freshness" :columns="sourceColumns" :rows="freshness.sources" row-key="source" />
        </section>
        <section class="card" data-testid="city-closed-periods">
          <h2>{{ $t('national.periods.closedTitle') }}</h2>
          <DataTable :columns="closedColumns" :rows="closed" row-key="period" />
          <p><router-link to="/hq/periods">{{ $t('national.periods.manage') }}</router-link></p>
        </section>
      </div>
    </div>`,
});
