// HQ's national dashboard: the national totals and rates of the chosen academic and fiscal year
// (GET /v1/national/figures?groupBy=none), charts per level, sector and funder, and the ranked
// table of the regions or of the cities, sorted by the figure the analyst picks; a row opens the
// region's cities or the city's figures. The ranked table is also the drill-down's (RankedTable).
import { defineComponent, ref, computed, onMounted, watch } from 'vue';
import { useRouter } from 'vue-router';
import { t } from '../../i18n.js';
import {
  ScopeBar, FigureTiles, ExportButtons, totalSections, nationalFigures, loadPeriods, scope, scopePeriods,
  figureLabel, figureOf, figureColumns, dimensionValue, placeLabel, rowKey, useRun, ltr,
} from './common.js';

/** The figures a ranking may be sorted by, and the columns of the ranked tables. */
export const RANK_FIGURES = ['first-year-seats', 'seats', 'applications', 'demand-rate', 'enrolled', 'fill-rate',
  'boarding-occupancy', 'platform-utilisation', 'trainer-load', 'budget', 'paid', 'execution-rate'];
const TABLE_FIGURES = ['first-year-seats', 'applications', 'demand-rate', 'fill-rate', 'boarding-occupancy', 'paid', 'execution-rate'];

/** Sorts rows by a figure, the rows without it last, whatever the order. */
export function ranked(rows, figure, order) {
  const sign = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = figureOf(a, figure);
    const y = figureOf(b, figure);
    if (x === null && y === null) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (Number(x) - Number(y));
  });
}

/** Numbers for Chart.js (the API's decimals may come as strings). */
export const series = (rows, figure) => rows.map((r) => {
  const v = figureOf(r, figure);
  return v === null ? null : Number(v);
});

/**
 * The ranked table of regions or cities (`by`), with the rank, the chosen figure first and the
 * key figures after it; emits `select` with the row. Sorting is chosen above it.
 */
export const RankedTable = defineComponent({
  name: 'NationalRankedTable',
  props: { rows: { type: Array, default: () => [] }, by: { type: String, required: true }, figure: String, order: String, testid: String },
  emits: ['select'],
  setup(props) {
    const sorted = computed(() => ranked(props.rows, props.figure, props.order).map((r, i) => ({ ...r, rank: i + 1, key: rowKey(r, [props.by]) })));
    const columns = computed(() => [
      { key: 'rank', label: t('national.rank'), num: true },
      { key: 'name', label: t(`national.dimension.${props.by}`), value: (r) => placeLabel(props.by, r) },
      ...(props.by === 'city' ? [{ key: 'regionOf', label: t('national.dimension.region'), value: (r) => dimensionValue('region', { region: { code: r.city?.region } }) }] : []),
      ...figureColumns([props.figure, ...TABLE_FIGURES.filter((f) => f !== props.figure)]),
    ]);
    return { sorted, columns };
  },
  template: `<DataTable :columns="columns" :rows="sorted" row-key="key" clickable :testid="testid" @select="$emit('select', $event)" />`,
});

/** The sorting of a ranked table: by which figure, in which order. */
export const RankControls = defineComponent({
  name: 'NationalRankControls',
  props: { figure: String, order: String },
  emits: ['update:figure', 'update:order'],
  setup() {
    const figures = computed(() => RANK_FIGURES.map((f) => ({ value: f, label: figureLabel(f) })));
    const orders = computed(() => [{ value: 'desc', label: t('national.desc') }, { value: 'asc', label: t('national.asc') }]);
    return { figures, orders };
  },
  template: `
    <Field :label="$t('national.rankBy')" name="rankBy" :model-value="figure" :options="figures" @update:model-value="$emit('update:figure', $event)" />
    <Field :label="$t('national.order')" name="order" :model-value="order" :options="orders" @update:model-value="$emit('update:order', $event)" />`,
});

export const Dashboard = defineComponent({
  name: 'NationalDashboard',
  components: { ScopeBar, FigureTiles, ExportButtons, RankedTable, RankControls },
  setup() {
    const router = useRouter();
    const by = ref('region');
    const figure = ref('demand-rate');
    const order = ref('desc');
    const data = ref({ total: null, places: [], levels: [], sectors: [], funders: [] });
    const { error, loading, run: load } = useRun(async () => {
      await loadPeriods();
      const period = scopePeriods();
      const intake = period.filter((p) => p.startsWith('intake:'));
      const fiscal = period.filter((p) => p.startsWith('fiscal:'));
      const offer = ['first-year-seats', 'applications'];
      const [total, places, levels, sectors, funders] = await Promise.all([
        nationalFigures({ groupBy: 'none', period }),
        nationalFigures({ groupBy: by.value, period }),
        intake.length ? nationalFigures({ groupBy: 'level', period: intake, measure: offer }) : null,
        intake.length ? nationalFigures({ groupBy: 'sector', period: intake, measure: offer }) : null,
        fiscal.length ? nationalFigures({ groupBy: 'funder', source: 'finance', period: fiscal }) : null,
      ]);
      data.value = {
        total: total.rows[0] || null,
        places: places.rows,
        levels: levels ? levels.rows.filter((r) => r.level) : [],
        sectors: sectors ? sectors.rows.filter((r) => r.sector) : [],
        funders: funders ? funders.rows.filter((r) => r.funder) : [],
      };
    });
    onMounted(load);
    watch(by, load);

    const sections = computed(() => totalSections());
    const params = computed(() => ({ groupBy: by.value, period: scopePeriods() }));
    const byOptions = computed(() => ['region', 'city'].map((v) => ({ value: v, label: t(`national.by.${v}`) })));
    const open = (row) => router.push(by.value === 'region' ? `/hq/regions/${row.region.code}` : `/hq/cities/${row.city.code}`);

    const charts = computed(() => {
      const d = data.value;
      const top = ranked(d.places, figure.value, order.value).slice(0, 12);
      const label = (dim) => (r) => dimensionValue(dim, r);
      return {
        rank: { labels: top.map((r) => placeLabel(by.value, r)), datasets: [{ label: figureLabel(figure.value), data: series(top, figure.value) }] },
        levels: { labels: d.levels.map(label('level')), datasets: ['first-year-seats', 'applications'].map((f) => ({ label: figureLabel(f), data: series(d.levels, f) })) },
        sectors: { labels: d.sectors.map(label('sector')), datasets: ['first-year-seats', 'applications'].map((f) => ({ label: figureLabel(f), data: series(d.sectors, f) })) },
        funders: { labels: d.funders.map(label('funder')), datasets: ['budget', 'committed', 'paid'].map((f) => ({ label: figureLabel(f), data: series(d.funders, f) })) },
      };
    });
    const rankTitle = computed(() => t(`national.rankTitle.${by.value}`, { figure: figureLabel(figure.value) }));
    return { by, figure, order, data, error, loading, load, sections, params, byOptions, open, charts, rankTitle, scope, ltr };
  },
  template: `
    <div>
      <h1>{{ $t('national.dashboard.title') }}</h1>
      <ScopeBar :loading="loading" @change="load" @refresh="load" />
      <ProblemAlert :error="error" />
      <p class="muted">{{ scope.fiscal ? $t('national.dashboard.scope', { year: ltr(scope.year), fiscal: scope.fiscal }) : $t('national.dashboard.scopeAll', { year: ltr(scope.year) }) }}</p>
      <div data-testid="national-tiles">
        <FigureTiles :row="data.total" :sections="sections" prefix="national-total-" />
      </div>
      <section class="card" style="margin-block-start: 1rem">
        <h2>{{ rankTitle }}</h2>
        <div class="toolbar">
          <Field :label="$t('national.groupBy')" name="groupBy" v-model="by" :options="byOptions" />
          <RankControls v-model:figure="figure" v-model:order="order" />
          <ExportButtons path="/v1/national/figures" :params="params" :filename="'national-figures-' + by" testid="national-figures-export" />
        </div>
        <ChartCanvas v-if="data.places.length" type="bar" :labels="charts.rank.labels" :datasets="charts.rank.datasets" :label="rankTitle" />
        <p class="muted">{{ $t('national.openHint') }}</p>
        <RankedTable :rows="data.places" :by="by" :figure="figure" :order="order" testid="national-figures-table" @select="open" />
      </section>
      <div class="grid two">
        <section class="card" v-if="data.levels.length">
          <h2>{{ $t('national.dashboard.perLevel') }}</h2>
          <ChartCanvas type="bar" :labels="charts.levels.labels" :datasets="charts.levels.datasets" :label="$t('national.dashboard.perLevel')" />
        </section>
        <section class="card" v-if="data.funders.length">
          <h2>{{ $t('national.dashboard.perFunder') }}</h2>
          <ChartCanvas type="bar" :labels="charts.funders.labels" :datasets="charts.funders.datasets" :label="$t('national.dashboard.perFunder')" />
        </section>
        <section class="card" v-if="data.sectors.length">
          <h2>{{ $t('national.dashboard.perSector') }}</h2>
          <ChartCanvas type="bar" horizontal :labels="charts.sectors.labels" :datasets="charts.sectors.datasets" :label="$t('national.dashboard.perSector')" />
        </section>
      </div>
    </div>`,
});
