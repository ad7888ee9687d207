// Budget execution per fiscal year, category and funder (docs/finance-figures.md) with its exports
// and the Fiscal Data Package, the cross-check of the running totals, and a funder's statement with
// its running totals. Amounts are shown as the API sends them; sums for the chart are taken in cents.
import { defineComponent, ref, computed, watch, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { api } from '../../api.js';
import { useLoad } from '../../components/index.js';
import { name, money, percent, number, date } from '../../format.js';
import { FUNDERS, cents, plain, download, useBudgetLines, useFiscalYears, yearOptions, kit } from './kit.js';

/** Runs a download and keeps its failure for the screen to show. */
function useDownloads() {
  const error = ref(null);
  async function fetchFile(path, params, filename) {
    error.value = null;
    try {
      await download(path, params, filename);
    } catch (e) {
      error.value = e;
    }
  }
  return { error, download: fetchFile };
}

/** Budget, committed, paid and the execution rate of an execution row, as table columns. */
const figureColumns = (t) => [
      { key: 'budget', label: t('finance.figures.budget'), num: true, value: (r) => money(r.budget) },
      { key: 'committed', label: t('finance.figures.committed'), num: true, value: (r) => money(r.committed) },
      { key: 'paid', label: t('finance.figures.paid'), num: true, value: (r) => money(r.paid) },
      { key: 'executionRate', label: t('finance.figures.rate'), num: true, value: (r) => percent(r.executionRate, { alreadyPercent: true, digits: 2 }) },
];

const suffix = (year) => (year ? `-${year}` : '');

const Execution = defineComponent({
  name: 'FinanceExecution',
  components: kit,
  setup() {
    const { t } = useI18n();
    const years = useFiscalYears();
    const fiscalYear = ref('');
    const { data: rows, error, run: load } = useLoad(() => api.get('/v1/finance/figures/execution', { fiscalYear: fiscalYear.value }));
    const { data: consistency, error: consistencyError, loading: checking, run: check } = useLoad(() => api.get('/v1/finance/consistency'));
    onMounted(() => { load(); check(); });
    watch(fiscalYear, load);
    const files = useDownloads();
    const params = computed(() => ({ fiscalYear: fiscalYear.value }));
    const exportAs = (ext) => files.download(`/v1/finance/figures/execution.${ext}`, params.value, `execution${suffix(fiscalYear.value)}.${ext}`);
    const fiscalDataPackage = () => files.download('/v1/finance/figures/fiscal-data-package.zip', params.value, `fiscal-data-package${suffix(fiscalYear.value)}.zip`);

    // Per funder, the sums in cents (exact), handed to the chart as numbers only to be drawn.
    const perFunder = computed(() => FUNDERS.map((f) => {
      const mine = (rows.value || []).filter((r) => r.funder === f);
      const sum = (k) => mine.reduce((s, r) => s + (cents(r[k]) ?? 0n), 0n);
      return { funder: f, budget: sum('budget'), committed: sum('committed'), paid: sum('paid') };
    }));
    const chart = computed(() => ({
      labels: perFunder.value.map((r) => t(`funder.${r.funder}`)),
      datasets: ['budget', 'committed', 'paid'].map((k) => ({ label: t(`finance.figures.${k}`), data: perFunder.value.map((r) => Number(plain(r[k]))) })),
    }));
    const columns = computed(() => [
      { key: 'fiscalYear', label: t('common.fiscalYear') },
      { key: 'category', label: t('finance.line.category'), value: (r) => t(`finance.category.${r.category}`) },
      { key: 'funder', label: t('common.funder'), value: (r) => t(`funder.${r.funder}`) },
      ...figureColumns(t),
    ]);
    // A budget line is named in the reader's language (the API names it by its French label).
    const lines = useBudgetLines();
    const differenceLabel = (r) => {
      const line = r.record === 'BUDGET_LINE' ? lines.value.find((l) => l.id === r.id) : null;
      return line ? `${line.fiscalYear} · ${t(`finance.category.${line.category}`)} · ${name(line.label)}` : r.label;
    };
    const differenceColumns = computed(() => [
      { key: 'record', label: t('finance.consistency.record'), value: (r) => t(`finance.consistency.records.${r.record}`) },
      { key: 'label', label: t('finance.consistency.label'), value: differenceLabel },
      { key: 'total', label: t('finance.consistency.total'), value: (r) => t(`finance.consistency.totals.${r.total}`) },
      { key: 'funder', label: t('common.funder'), value: (r) => t(`funder.${r.funder}`) },
      { key: 'recorded', label: t('finance.consistency.recorded'), num: true, value: (r) => money(r.recorded) },
      { key: 'recomputed', label: t('finance.consistency.recomputed'), num: true, value: (r) => money(r.recomputed) },
      { key: 'difference', label: t('finance.consistency.difference'), num: true, value: (r) => money(r.difference) },
    ]);
    const yearChoices = computed(() => yearOptions(t, years.value));
    const rowKey = (r) => `${r.fiscalYear}-${r.category}-${r.funder}`;
    const keyed = computed(() => (rows.value || []).map((r) => ({ ...r, key: rowKey(r) })));
    return { fiscalYear, yearChoices, rows, keyed, error, consistency, consistencyError, checking, check, files, exportAs,
      fiscalDataPackage, chart, columns, differenceColumns, number };
  },
  template: `
    <div class="fin">
      <h1>{{ $t('finance.figures.title') }}</h1>
      <div class="toolbar">
        <Field :label="$t('common.fiscalYear')" name="fiscalYear" v-model="fiscalYear" :options="yearChoices" />
        <button type="button" class="secondary" @click="exportAs('csv')" data-testid="execution-csv">{{ $t('common.exportCsv') }}</button>
        <button type="button" class="secondary" @click="exportAs('xlsx')" data-testid="execution-xlsx">{{ $t('common.exportXlsx') }}</button>
        <button type="button" class="secondary" @click="fiscalDataPackage" data-testid="execution-fdp">{{ $t('finance.figures.fdp') }}</button>
      </div>
      <ProblemAlert :error="error || files.error.value" />
      <section class="card" v-if="rows && rows.length">
        <h2>{{ $t('finance.figures.perFunder') }}</h2>
        <ChartCanvas type="bar" :labels="chart.labels" :datasets="chart.datasets" :label="$t('finance.figures.perFunder')" data-testid="execution-chart" />
      </section>
      <DataTable v-if="rows" testid="execution-table" :rows="keyed" row-key="key" :columns="columns" :caption="$t('finance.figures.table')" />
      <p class="muted">{{ $t('finance.figures.note') }}</p>

      <section class="card" data-testid="consistency">
        <h2>{{ $t('finance.consistency.title') }}</h2>
        <p class="muted">{{ $t('finance.consistency.intro') }}</p>
        <ProblemAlert :error="consistencyError" />
        <template v-if="consistency">
          <p :class="['alert', consistency.consistent ? 'ok' : 'error']" role="status" data-testid="consistency-result"
             :data-consistent="consistency.consistent ? 'true' : 'false'">
            <strong>{{ consistency.consistent ? $t('finance.consistency.ok') : $t('finance.consistency.bad', { n: number(consistency.differences.length) }) }}</strong>
            — {{ $t('finance.consistency.checked', { lines: number(consistency.budgetLinesChecked), commitments: number(consistency.commitmentsChecked) }) }}
          </p>
          <DataTable v-if="!consistency.consistent" testid="consistency-differences" :rows="consistency.differences" :columns="differenceColumns" />
        </template>
        <p><button type="button" class="secondary" :disabled="checking" @click="check" data-testid="consistency-run">{{ $t('finance.consistency.run') }}</button></p>
      </section>
    </div>`,
});

const Statement = defineComponent({
  name: 'FinanceStatement',
  components: kit,
  setup() {
    const { t } = useI18n();
    const route = useRoute();
    const years = useFiscalYears();
    const funder = ref(FUNDERS.includes(route.query.funder) ? route.query.funder : 'REGION');
    const fiscalYear = ref('');
    const { data, error, run: load } = useLoad(() => api.get(`/v1/finance/figures/statements/${funder.value}`, { fiscalYear: fiscalYear.value }));
    onMounted(load);
    watch([funder, fiscalYear], load);
    const files = useDownloads();
    const exportAs = (ext) => files.download(`/v1/finance/figures/statements/${funder.value}.${ext}`, { fiscalYear: fiscalYear.value },
      `statement-${funder.value}${suffix(fiscalYear.value)}.${ext}`);
    const funders = computed(() => FUNDERS.map((f) => ({ value: f, label: t(`funder.${f}`) })));
    const yearChoices = computed(() => yearOptions(t, years.value));
    const rowColumns = computed(() => [
      { key: 'fiscalYear', label: t('common.fiscalYear') },
      { key: 'category', label: t('finance.line.category'), value: (r) => t(`finance.category.${r.category}`) },
      ...figureColumns(t),
    ]);
    // A budget line is named in the reader's language (the API names it by its French label).
    const lines = useBudgetLines();
    const reference = (r) => {
      const line = r.entry === 'BUDGET_LINE' ? lines.value.find((l) => l.id === r.recordId) : null;
      return line ? name(line.label) : r.reference;
    };
    // Each entry adds to one of budget, committed or paid: its kind says which, the movement how much.
    const movement = (r) => ['budget', 'committed', 'paid'].map((k) => r[k]).find((v) => cents(v) !== 0n) ?? r.budget;
    const entryColumns = computed(() => [
      { key: 'sequence', label: t('finance.statement.sequence'), num: true },
      { key: 'date', label: t('common.date'), value: (r) => date(r.date) },
      { key: 'entry', label: t('finance.statement.entry'), value: (r) => t(`finance.statement.kinds.${r.entry}`) },
      { key: 'reference', label: t('finance.statement.reference'), value: reference },
      { key: 'line', label: t('finance.statement.yearCategory'), value: (r) => `${r.fiscalYear} · ${t(`finance.category.${r.category}`)}` },
      { key: 'movement', label: t('finance.statement.movement'), num: true, value: (r) => money(movement(r)) },
      { key: 'budgetTotal', label: t('finance.statement.budgetTotal'), num: true, value: (r) => money(r.budgetTotal) },
      { key: 'committedTotal', label: t('finance.statement.committedTotal'), num: true, value: (r) => money(r.committedTotal) },
      { key: 'paidTotal', label: t('finance.statement.paidTotal'), num: true, value: (r) => money(r.paidTotal) },
    ]);
    const keyedRows = computed(() => (data.value ? data.value.rows.map((r) => ({ ...r, key: `${r.fiscalYear}-${r.category}` })) : []));
    return { funder, funders, fiscalYear, yearChoices, data, error, files, exportAs, rowColumns, entryColumns, keyedRows, money, percent };
  },
  template: `
    <div class="fin">
      <h1>{{ $t('finance.statement.title') }}</h1>
      <div class="toolbar">
        <Field :label="$t('common.funder')" name="funder" v-model="funder" :options="funders" />
        <Field :label="$t('common.fiscalYear')" name="fiscalYear" v-model="fiscalYear" :options="yearChoices" />
        <button type="button" class="secondary" @click="exportAs('csv')" data-testid="statement-csv">{{ $t('common.exportCsv') }}</button>
        <button type="button" class="secondary" @click="exportAs('xlsx')" data-testid="statement-xlsx">{{ $t('common.exportXlsx') }}</button>
      </div>
      <ProblemAlert :error="error || files.error.value" />
      <template v-if="data">
        <div class="grid" data-testid="statement-totals">
          <Stat testid="statement-budget" :label="$t('finance.figures.budget')" :value="money(data.budget)" />
          <Stat testid="statement-committed" :label="$t('finance.figures.committed')" :value="money(data.committed)" />
          <Stat testid="statement-paid" :label="$t('finance.figures.paid')" :value="money(data.paid)" />
          <Stat testid="statement-rate" :label="$t('finance.figures.rate')" :value="percent(data.executionRate, { alreadyPercent: true, digits: 2 })" />
        </div>
        <h2 class="fin-h2">{{ $t('finance.statement.rows') }}</h2>
        <DataTable testid="statement-rows" :rows="keyedRows" row-key="key" :columns="rowColumns" />
        <h2 class="fin-h2">{{ $t('finance.statement.entries') }}</h2>
        <p class="muted">{{ $t('finance.statement.entriesIntro') }}</p>
        <DataTable testid="statement-entries" :rows="data.entries" row-key="sequence" :columns="entryColumns" />
      </template>
    </div>`,
});

export const reports = { Execution, Statement };
