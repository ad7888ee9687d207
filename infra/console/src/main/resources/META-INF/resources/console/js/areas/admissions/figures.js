// The intake's admissions figures (/v1/admissions/{year}/figures, docs/admissions-figures.md): for
// the city, per pole, per level and per programme. Rates come from the API (already percentages).
import { defineComponent, computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../../api.js';
import { useLoad } from '../../components/index.js';
import { number, percent } from '../../format.js';
import { useYear, useCatalogue, usePaged, ActionProblem } from '../offer/shared.js';

export const Figures = defineComponent({
  name: 'AdmissionsFigures',
  components: { ActionProblem },
  setup() {
    const { t } = useI18n();
    const cat = useCatalogue();
    const year = useYear();
    const { data, error, run: load } = useLoad(() => api.get(`/v1/admissions/${year.value}/figures`));
    watch(year, () => load(), { immediate: true });
    const rate = (v) => percent(v, { alreadyPercent: true });
    const figureColumns = (first) => [
      first,
      { key: 'firstYearSeats', label: t('offer.firstYearSeats'), num: true, value: (r) => number(r.figures.firstYearSeats) },
      { key: 'applications', label: t('adm.fig.applications'), num: true, value: (r) => number(r.figures.applications) },
      { key: 'firstChoices', label: t('adm.fig.firstChoices'), num: true, value: (r) => number(r.figures.firstChoices) },
      { key: 'demandRate', label: t('adm.fig.demandRate'), num: true, value: (r) => rate(r.figures.demandRate) },
      { key: 'perSeat', label: t('adm.fig.applicantsPerSeat'), num: true, value: (r) => number(r.figures.applicantsPerSeat, 2) },
      { key: 'offers', label: t('adm.fig.offers'), num: true, value: (r) => number(r.figures.offers) },
      { key: 'acceptances', label: t('adm.fig.acceptances'), num: true, value: (r) => number(r.figures.acceptances) },
      { key: 'enrolled', label: t('adm.fig.enrolled'), num: true, value: (r) => number(r.figures.enrolled) },
      { key: 'fillRate', label: t('adm.fig.fillRate'), num: true, value: (r) => rate(r.figures.fillRate) },
    ];
    const poleColumns = computed(() => figureColumns({ key: 'key', label: t('offer.pole'), value: (r) => cat.poleName(r.key) }));
    const levelColumns = computed(() => figureColumns({ key: 'key', label: t('offer.level'), value: (r) => t(`level.${r.key}`) }));
    const programmeColumns = computed(() => figureColumns({ key: 'code', label: t('adm.app.programme'), value: (r) => cat.programmeLabel(r.programmeId) }));
    const programmes = computed(() => data.value?.byProgramme || []);
    const { page, visible, go } = usePaged(programmes, 25);
    const chart = computed(() => {
      const rows = data.value?.byLevel || [];
      return {
        labels: rows.map((r) => t(`level.${r.key}`)),
        datasets: [
          { label: t('offer.firstYearSeats'), data: rows.map((r) => r.figures.firstYearSeats) },
          { label: t('adm.fig.firstChoices'), data: rows.map((r) => r.figures.firstChoices) },
          { label: t('adm.fig.offers'), data: rows.map((r) => r.figures.offers) },
          { label: t('adm.fig.enrolled'), data: rows.map((r) => r.figures.enrolled) },
        ],
      };
    });
    return { year, data, error, poleColumns, levelColumns, programmeColumns, page, visible, go, chart, number, rate };
  },
  template: `
    <div>
      <h1>{{ $t('adm.fig.title') }}</h1>
      <div class="toolbar"><YearPicker v-model="year" /></div>
      <ActionProblem :error="error" />
      <template v-if="data">
        <div class="grid" data-testid="admissions-tiles">
          <Stat testid="tile-first-year-seats" :label="$t('offer.firstYearSeats')" :value="number(data.city.firstYearSeats)" :hint="$t('adm.fig.totalSeats', { n: number(data.city.totalSeats) })" />
          <Stat testid="tile-applications" :label="$t('adm.fig.applications')" :value="number(data.city.applications)" :hint="$t('adm.fig.firstChoicesHint', { n: number(data.city.firstChoices) })" />
          <Stat testid="tile-demand-rate" :label="$t('adm.fig.demandRate')" :value="rate(data.city.demandRate)" :hint="$t('adm.fig.perSeatHint', { n: number(data.city.applicantsPerSeat, 2) })" />
          <Stat testid="tile-offers" :label="$t('adm.fig.offers')" :value="number(data.city.offers)" :hint="$t('adm.fig.acceptancesHint', { n: number(data.city.acceptances) })" />
          <Stat testid="tile-enrolled" :label="$t('adm.fig.enrolled')" :value="number(data.city.enrolled)" :hint="$t('adm.fig.fillRateHint', { rate: rate(data.city.fillRate) })" />
        </div>
        <section class="card" style="margin-block-start: 1rem" v-if="data.byLevel.length">
          <h2>{{ $t('adm.fig.perLevelChart') }}</h2>
          <ChartCanvas type="bar" :labels="chart.labels" :datasets="chart.datasets" :label="$t('adm.fig.perLevelChart')" />
        </section>
        <section class="card">
          <h2>{{ $t('adm.fig.perPole') }}</h2>
          <DataTable testid="figures-poles" row-key="key" :columns="poleColumns" :rows="data.byPole" />
        </section>
        <section class="card">
          <h2>{{ $t('adm.fig.perLevel') }}</h2>
          <DataTable testid="figures-levels" row-key="key" :columns="levelColumns" :rows="data.byLevel" />
        </section>
        <section class="card">
          <h2>{{ $t('adm.fig.perProgramme') }}</h2>
          <DataTable testid="figures-programmes" row-key="programmeId" :columns="programmeColumns" :rows="visible" :page="page" @page="go" />
        </section>
      </template>
    </div>`,
});
