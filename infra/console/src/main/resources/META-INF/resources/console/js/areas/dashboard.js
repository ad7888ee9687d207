// The city's dashboard: seats, applications and demand, enrolment, boarding occupancy, platform
// utilisation and budget execution per funder, each read from its module's figures for the year.
// A tile the role may not read is left out (the API answers 403 and the tile is not shown).
import { defineComponent, ref, computed, watch, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../api.js';
import { session } from '../session.js';
import { name, number, money, percent } from '../format.js';
import { language } from '../i18n.js';

const CITY = ['city-director', 'admissions-officer', 'registrar', 'finance-officer', 'campus-manager', 'career-advisor', 'trainer'];

async function optional(promise) {
  try {
    return await promise;
  } catch (e) {
    if (e.status === 403) return null;
    throw e;
  }
}

const Dashboard = defineComponent({
  name: 'CityDashboard',
  setup() {
    const { t } = useI18n();
    const year = ref(session.config?.academicYear);
    const month = ref(new Date().toISOString().slice(0, 7));
    const data = ref({});
    const error = ref(null);
    const loading = ref(false);
    async function load() {
      loading.value = true;
      error.value = null;
      try {
        const y = year.value;
        const [offer, admissions, boarding, facilities, finance] = await Promise.all([
          optional(api.get('/v1/offer/summary', { academicYear: y })),
          optional(api.get(`/v1/admissions/${y}/figures`)),
          optional(api.get(`/v1/boarding/figures/${y}`)),
          optional(api.get(`/v1/facilities/utilisation/${month.value}`)),
          optional(api.get('/v1/finance/figures/execution')),
        ]);
        data.value = { offer, admissions, boarding, facilities, finance };
      } catch (e) {
        error.value = e;
      } finally {
        loading.value = false;
      }
    }
    onMounted(load);
    watch([year, month], load);

    const tiles = computed(() => {
      const d = data.value;
      const list = [];
      if (d.offer) {
        list.push({ id: 'seats', label: t('dashboard.seats'), value: number(d.offer.totals.totalSeats),
          hint: t('dashboard.firstYearSeats', { n: number(d.offer.totals.firstYearSeats) }) });
        list.push({ id: 'programmes', label: t('dashboard.programmes'), value: number(d.offer.totals.programmes),
          hint: t('dashboard.poles', { n: number(d.offer.poles.length) }) });
      }
      if (d.admissions) {
        const c = d.admissions.city;
        list.push({ id: 'applications', label: t('dashboard.applications'), value: number(c.applications),
          hint: t('dashboard.firstChoices', { n: number(c.firstChoices) }) });
        list.push({ id: 'demand', label: t('dashboard.demandRate'), value: percent(c.demandRate, { alreadyPercent: true }),
          hint: t('dashboard.demandHint') });
        list.push({ id: 'enrolled', label: t('dashboard.enrolled'), value: number(c.enrolled),
          hint: t('dashboard.fillRate', { rate: percent(c.fillRate, { alreadyPercent: true }) }) });
      }
      if (d.boarding) {
        const b = d.boarding;
        list.push({ id: 'boarding', label: t('dashboard.boarding'), value: percent(b.house.occupancyRate, { alreadyPercent: true }),
          hint: t('dashboard.beds', { occupied: number(b.house.occupiedBeds), beds: number(b.house.beds) }) });
      }
      if (d.facilities) {
        list.push({ id: 'utilisation', label: t('dashboard.utilisation'), value: percent(d.facilities.city.utilisationPercent, { alreadyPercent: true }),
          hint: t('dashboard.bookings', { n: number(d.facilities.bookings) }) });
      }
      if (d.finance) {
        const budget = d.finance.reduce((s, r) => s + Number(r.budget), 0);
        const paid = d.finance.reduce((s, r) => s + Number(r.paid), 0);
        list.push({ id: 'execution', label: t('dashboard.execution'), value: budget ? percent(paid / budget) : '—',
          hint: t('dashboard.paidOf', { paid: money(paid), budget: money(budget) }) });
      }
      return list;
    });

    const poleChart = computed(() => {
      const poles = data.value.offer?.poles || [];
      return {
        labels: poles.map((p) => name(p.name)),
        datasets: [
          { label: t('dashboard.firstYearSeatsLabel'), data: poles.map((p) => p.counts.firstYearSeats) },
          { label: t('dashboard.seatsLabel'), data: poles.map((p) => p.counts.totalSeats) },
        ],
      };
    });
    const demandChart = computed(() => {
      const rows = data.value.admissions?.byLevel || [];
      return {
        labels: rows.map((r) => t(`level.${r.key}`)),
        datasets: [
          { label: t('dashboard.firstYearSeatsLabel'), data: rows.map((r) => r.figures.firstYearSeats) },
          { label: t('dashboard.applications'), data: rows.map((r) => r.figures.applications) },
        ],
      };
    });
    const funderChart = computed(() => {
      const rows = data.value.finance || [];
      const funders = [...new Set(rows.map((r) => r.funder))];
      const sum = (f, k) => rows.filter((r) => r.funder === f).reduce((s, r) => s + Number(r[k]), 0);
      return {
        labels: funders.map((f) => t(`funder.${f}`)),
        datasets: [
          { label: t('dashboard.budget'), data: funders.map((f) => sum(f, 'budget')) },
          { label: t('dashboard.committed'), data: funders.map((f) => sum(f, 'committed')) },
          { label: t('dashboard.paid'), data: funders.map((f) => sum(f, 'paid')) },
        ],
      };
    });
    const cityName = computed(() => name(session.me?.tenant?.name));
    return { year, month, tiles, error, loading, data, poleChart, demandChart, funderChart, cityName, language };
  },
  template: `
    <div>
      <h1>{{ $t('dashboard.title', { city: cityName }) }}</h1>
      <div class="toolbar">
        <YearPicker v-model="year" />
        <Field :label="$t('common.month')" type="month" v-model="month" name="month" />
      </div>
      <ProblemAlert :error="error" />
      <p v-if="loading" role="status" class="muted">{{ $t('common.loading') }}</p>
      <div class="grid" data-testid="dashboard-tiles">
        <Stat v-for="tile in tiles" :key="tile.id" :testid="'tile-' + tile.id" :label="tile.label" :value="tile.value" :hint="tile.hint" />
      </div>
      <div class="grid two" style="margin-block-start: 1rem">
        <section class="card" v-if="data.offer && data.offer.poles.length">
          <h2>{{ $t('dashboard.seatsPerPole') }}</h2>
          <ChartCanvas type="bar" horizontal :labels="poleChart.labels" :datasets="poleChart.datasets" :label="$t('dashboard.seatsPerPole')" />
        </section>
        <section class="card" v-if="data.admissions && data.admissions.byLevel.length">
          <h2>{{ $t('dashboard.demandPerLevel') }}</h2>
          <ChartCanvas type="bar" :labels="demandChart.labels" :datasets="demandChart.datasets" :label="$t('dashboard.demandPerLevel')" />
        </section>
        <section class="card" v-if="data.finance && data.finance.length">
          <h2>{{ $t('dashboard.executionPerFunder') }}</h2>
          <ChartCanvas type="bar" :labels="funderChart.labels" :datasets="funderChart.datasets" :label="$t('dashboard.executionPerFunder')" />
        </section>
      </div>
    </div>`,
});

export default {
  id: 'dashboard',
  nav: [{ section: 'city', to: '/city/dashboard', label: 'dashboard.nav', roles: CITY }],
  routes: [{ path: '/city/dashboard', component: Dashboard, meta: { roles: CITY } }],
  messages: {
    fr: {
      dashboard: {
        nav: 'Tableau de bord', title: 'Tableau de bord — {city}', seats: 'Places', firstYearSeats: 'dont {n} en 1re année',
        programmes: 'Filières', poles: '{n} pôles', applications: 'Candidatures', firstChoices: '{n} premiers choix',
        demandRate: 'Taux de demande', demandHint: 'candidatures ÷ places de 1re année', enrolled: 'Inscrits',
        fillRate: 'taux de remplissage {rate}', boarding: 'Occupation de l’internat', beds: '{occupied} lits occupés sur {beds}',
        utilisation: 'Utilisation des plateformes', bookings: '{n} réservations ce mois', execution: 'Exécution budgétaire',
        paidOf: '{paid} payés sur {budget}', seatsPerPole: 'Places par pôle', demandPerLevel: 'Demande par niveau',
        executionPerFunder: 'Exécution par financeur', firstYearSeatsLabel: 'Places de 1re année', seatsLabel: 'Places (toutes années)',
        budget: 'Budget', committed: 'Engagé', paid: 'Payé',
      },
      level: {
        QUALIFIED_WORKER: 'Qualification', TECHNICIAN: 'Technicien', SPECIALIZED_TECHNICIAN: 'Technicien spécialisé',
        QUALIFYING: 'Formation qualifiante', PROFESSIONAL_BAC: 'Bac professionnel', MIDDLE_SCHOOL_PATH: 'Parcours collégial',
      },
      funder: { STATE: 'État', OFPPT: 'OFPPT', REGION: 'Conseil régional', HASSAN_II_FUND: 'Fonds Hassan II' },
    },
    ar: {
      dashboard: {
        nav: 'لوحة القيادة', title: 'لوحة القيادة — {city}', seats: 'المقاعد', firstYearSeats: 'منها {n} في السنة الأولى',
        programmes: 'الشعب', poles: '{n} أقطاب', applications: 'الترشيحات', firstChoices: '{n} اختيارات أولى',
        demandRate: 'نسبة الطلب', demandHint: 'الترشيحات ÷ مقاعد السنة الأولى', enrolled: 'المسجلون',
        fillRate: 'نسبة الملء {rate}', boarding: 'نسبة إشغال الداخلية', beds: '{occupied} سريرا مشغولا من {beds}',
        utilisation: 'استعمال المنصات', bookings: '{n} حجزا هذا الشهر', execution: 'تنفيذ الميزانية',
        paidOf: '{paid} مؤداة من {budget}', seatsPerPole: 'المقاعد حسب القطب', demandPerLevel: 'الطلب حسب المستوى',
        executionPerFunder: 'التنفيذ حسب الممول', firstYearSeatsLabel: 'مقاعد السنة الأولى', seatsLabel: 'المقاعد (كل السنوات)',
        budget: 'الميزانية', committed: 'الملتزم به', paid: 'المؤدى',
      },
      level: {
        QUALIFIED_WORKER: 'التأهيل', TECHNICIAN: 'تقني', SPECIALIZED_TECHNICIAN: 'تقني متخصص',
        QUALIFYING: 'تكوين تأهيلي', PROFESSIONAL_BAC: 'باكالوريا مهنية', MIDDLE_SCHOOL_PATH: 'المسار الإعدادي المهني',
      },
      funder: { STATE: 'الدولة', OFPPT: 'مكتب التكوين المهني', REGION: 'المجلس الجهوي', HASSAN_II_FUND: 'صندوق الحسن الثاني' },
    },
  },
};
