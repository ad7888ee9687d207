// The tracer surveys: the 6- and 12-month waves of an intake, a wave's surveys with the contact
// attempts and the graduate's answer (or unreachable / refusal), and the response and insertion
// rates per programme, pole and city (docs/careers-figures.md).
import { defineComponent, ref, reactive, computed, watch, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter, useRoute } from 'vue-router';
import { api } from '../../api.js';
import { hasRole } from '../../session.js';
import { number, percent, date } from '../../format.js';
import { useLoad } from '../../components/index.js';
import { useAction, codeOptions, nameOptions, useOffer, shortId, today, openingYear, ltr, kit } from '../staff/kit.js';

export const READERS = ['career-advisor', 'city-director'];
export const ADVISOR = 'career-advisor';
const SITUATIONS = ['EMPLOYED', 'SELF_EMPLOYED', 'INTERNATIONAL_MOBILITY', 'FURTHER_STUDY', 'SEEKING', 'INACTIVE'];
const CHANNELS = ['PHONE', 'SMS', 'EMAIL', 'MESSAGING', 'VISIT', 'OTHER'];
const CONTRACTS = ['PERMANENT', 'FIXED_TERM', 'INTERIM', 'INSERTION_CONTRACT', 'INFORMAL', 'OTHER'];
const STATES = ['PENDING', 'RESPONDED', 'UNREACHABLE', 'REFUSED'];

/** A rate {value, numerator, base, smallBase} as "38.2 % (13 / 34)", flagged when its base is under 10. */
export function useRates() {
  const { t } = useI18n();
  const rate = (r) => (r && r.value != null ? percent(r.value, { alreadyPercent: true }) : '—');
  const detail = (r) => (r ? t('careers.rateOf', { n: number(r.numerator), base: number(r.base) }) : '');
  return { rate, detail };
}

/** A rate in a table, starred when its base is under 10. */
const RateCell = defineComponent({
  name: 'RateCell',
  props: { value: Object },
  setup() {
    return { rate: useRates().rate };
  },
  template: `<span>{{ rate(value) }}<span v-if="value && value.smallBase" class="campus-small-base" :title="$t('careers.smallBase')"> *</span></span>`,
});

/** The counts and rates of one level (city, pole or programme) as table columns. */
function countColumns(t, rate) {
  return [
    { key: 'graduates', label: t('careers.graduates'), num: true, value: (r) => number(r.figures.graduates) },
    { key: 'surveyed', label: t('careers.surveyed'), num: true, value: (r) => number(r.figures.surveyed) },
    { key: 'responses', label: t('careers.responses'), num: true, value: (r) => number(r.figures.responses) },
    { key: 'responseRate', label: t('careers.responseRate'), num: true, value: (r) => rate(r.figures.responseRate) },
    { key: 'inserted', label: t('careers.inserted'), num: true, value: (r) => number(r.figures.inserted) },
    { key: 'insertionRate', label: t('careers.insertionRate'), num: true, value: (r) => rate(r.figures.insertionRate) },
    { key: 'pending', label: t('careers.pending'), num: true, value: (r) => number(r.figures.pending) },
  ];
}

/** One wave's figures: city tiles, situations chart, rates per pole and per programme. */
export const WaveFigures = defineComponent({
  name: 'WaveFigures',
  components: { RateCell },
  props: { figures: { type: Object, required: true } },
  setup(props) {
    const { t } = useI18n();
    const { pole, programme } = useOffer({ programmes: true });
    const { rate, detail } = useRates();
    const city = computed(() => props.figures.city);
    const tiles = computed(() => [
      { id: 'response', label: t('careers.responseRate'), value: rate(city.value.responseRate), hint: detail(city.value.responseRate), small: city.value.responseRate.smallBase },
      { id: 'insertion', label: t('careers.insertionRate'), value: rate(city.value.insertionRate), hint: detail(city.value.insertionRate), small: city.value.insertionRate.smallBase },
      { id: 'graduates', label: t('careers.graduates'), value: number(city.value.graduates), hint: t('careers.surveyedHint', { n: number(city.value.surveyed) }) },
      { id: 'contacted', label: t('careers.contacted'), value: number(city.value.contacted),
        hint: t('careers.closedHint', { u: number(city.value.unreachable), r: number(city.value.refused), p: number(city.value.pending) }) },
      { id: 'in-field', label: t('careers.employedInField'), value: number(city.value.employedInField), hint: t('careers.startupsHint', { n: number(city.value.incubatorStartups) }) },
    ]);
    const poles = computed(() => props.figures.byPole.map((p) => ({ id: p.poleId || 'none', name: p.poleId ? pole(p.poleId) : t('careers.noPole'), figures: p.figures })));
    const programmes = computed(() => props.figures.byProgramme.map((p) => ({ id: p.programmeId, name: programme(p.programmeId), pole: p.poleId ? pole(p.poleId) : t('careers.noPole'), figures: p.figures })));
    const poleColumns = computed(() => [{ key: 'name', label: t('careers.pole') }, ...countColumns(t, rate)]);
    const programmeColumns = computed(() => [{ key: 'name', label: t('careers.programme') }, { key: 'pole', label: t('careers.pole') }, ...countColumns(t, rate)]);
    const situationChart = computed(() => ({
      labels: SITUATIONS.map((s) => t(`careers.situations.${s}`)),
      datasets: [{ label: t('careers.responses'), data: SITUATIONS.map((s) => city.value.situations[s] || 0) }],
    }));
    const poleChart = computed(() => ({
      labels: poles.value.map((p) => p.name),
      datasets: [
        { label: t('careers.responseRate'), data: poles.value.map((p) => Number(p.figures.responseRate.value || 0)) },
        { label: t('careers.insertionRate'), data: poles.value.map((p) => Number(p.figures.insertionRate.value || 0)) },
      ],
    }));
    return { tiles, poles, programmes, poleColumns, programmeColumns, situationChart, poleChart, rate, detail };
  },
  template: `
    <div>
      <div class="grid" :data-testid="'wave-figures-' + figures.horizonMonths">
        <div v-for="tile in tiles" :key="tile.id" class="stat" :data-testid="'careers-tile-' + tile.id">
          <div class="label">{{ tile.label }}</div><div class="value">{{ tile.value }}</div>
          <div class="hint">{{ tile.hint }}</div>
          <div v-if="tile.small" class="campus-small-base">{{ $t('careers.smallBase') }}</div>
        </div>
      </div>
      <div class="grid two" style="margin-block-start: 1rem">
        <section class="card">
          <h2>{{ $t('careers.situationsTitle') }}</h2>
          <ChartCanvas type="bar" horizontal :labels="situationChart.labels" :datasets="situationChart.datasets" :label="$t('careers.situationsTitle')" />
        </section>
        <section class="card" v-if="poles.length">
          <h2>{{ $t('careers.ratesPerPole') }}</h2>
          <ChartCanvas type="bar" horizontal :labels="poleChart.labels" :datasets="poleChart.datasets" :label="$t('careers.ratesPerPole')" />
        </section>
      </div>
      <section class="card">
        <h2>{{ $t('careers.perPole') }}</h2>
        <DataTable :testid="'careers-poles-' + figures.horizonMonths" :columns="poleColumns" :rows="poles">
          <template #cell-responseRate="{ row }"><RateCell :value="row.figures.responseRate" /></template>
          <template #cell-insertionRate="{ row }"><RateCell :value="row.figures.insertionRate" /></template>
        </DataTable>
      </section>
      <section class="card">
        <h2>{{ $t('careers.perProgramme') }}</h2>
        <DataTable :testid="'careers-programmes-' + figures.horizonMonths" :columns="programmeColumns" :rows="programmes">
          <template #cell-responseRate="{ row }"><RateCell :value="row.figures.responseRate" /></template>
          <template #cell-insertionRate="{ row }"><RateCell :value="row.figures.insertionRate" /></template>
        </DataTable>
        <p class="muted">{{ $t('careers.smallBaseNote') }}</p>
      </section>
    </div>`,
});

export const WavesScreen = defineComponent({
  name: 'TracerWaves',
  components: kit,
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const year = ref('');
    const { data, error, loading, run } = useLoad(() => api.get('/v1/tracer-waves', { academicYear: year.value }));
    onMounted(run);
    watch(year, run);
    const form = reactive({ academicYear: openingYear(), horizonMonths: '6' });
    const action = useAction();
    const columns = computed(() => [
      { key: 'academicYear', label: t('careers.intake') },
      { key: 'horizonMonths', label: t('careers.horizon'), value: (r) => t('careers.months', { n: r.horizonMonths }) },
      { key: 'openedOn', label: t('careers.openedOn'), value: (r) => date(r.openedOn) },
      { key: 'surveys', label: t('careers.surveys'), num: true, value: (r) => number(r.surveys) },
    ]);
    const years = computed(() => [{ value: '', label: t('common.all') }, ...yearsAround()]);
    const horizons = computed(() => [6, 12].map((n) => ({ value: String(n), label: t('careers.months', { n }) })));
    async function open() {
      const w = await action.run(() => api.post('/v1/tracer-waves', { academicYear: form.academicYear, horizonMonths: Number(form.horizonMonths) }), 'careers.waveOpened');
      if (w) router.push(`/city/careers/tracer/${w.id}`);
    }
    const select = (w) => router.push(`/city/careers/tracer/${w.id}`);
    return { year, years, data, error, loading, columns, form, horizons, action, open, select, canOpen: hasRole(ADVISOR) };
  },
  template: `
    <section>
      <div class="toolbar"><Field :label="$t('careers.intake')" name="academicYear" v-model="year" :options="years" /></div>
      <ProblemAlert :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <DataTable v-if="data" testid="tracer-waves-table" :columns="columns" :rows="data" clickable :caption="$t('careers.wavesCaption')" @select="select" />
      <form v-if="canOpen" class="form card" data-testid="wave-form" @submit.prevent="open" novalidate>
        <h2>{{ $t('careers.openWave') }}</h2>
        <p class="muted">{{ $t('careers.openWaveHelp') }}</p>
        <Refusal :error="action.error.value" />
        <YearPicker v-model="form.academicYear" :label="$t('careers.intake')" />
        <Field :label="$t('careers.horizon')" name="horizonMonths" v-model="form.horizonMonths" :options="horizons" :error="action.error.value" required />
        <div class="actions"><button type="submit" :disabled="busy" data-testid="wave-open">{{ $t('careers.open') }}</button></div>
      </form>
    </section>`,
});

function yearsAround() {
  const start = Number(openingYear().slice(0, 4));
  const years = [];
  for (let y = start - 4; y <= start + 1; y++) years.push({ value: `${y}-${y + 1}`, label: `${y}-${y + 1}` });
  return years;
}

/** The actions on one open survey: a contact attempt, the answer, unreachable, refusal. */
export const SurveyPanel = defineComponent({
  name: 'SurveyPanel',
  components: kit,
  props: { survey: { type: Object, required: true } },
  emits: ['changed', 'close'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const { offer, programme, sector } = useOffer({ programmes: true });
    const attempt = reactive({ attemptedOn: today(), channel: 'PHONE', note: '' });
    const answer = reactive({ respondedOn: today(), situation: 'EMPLOYED', sectorCode: '', contractType: '', inFieldOfTraining: '', incubatorStartup: false, country: '', mobilityProgramme: '' });
    const closing = reactive({ on: today() });
    const acts = { attempt: useAction(), answer: useAction(), close: useAction() };
    const ok = computed(() => Object.values(acts).map((a) => a.ok.value).find(Boolean) || '');
    const busy = computed(() => Object.values(acts).some((a) => a.busy.value));
    const working = computed(() => ['EMPLOYED', 'SELF_EMPLOYED', 'INTERNATIONAL_MOBILITY'].includes(answer.situation));
    const channels = computed(() => codeOptions(t, 'careers.channels', CHANNELS));
    const situations = computed(() => codeOptions(t, 'careers.situations', SITUATIONS));
    const contracts = computed(() => codeOptions(t, 'careers.contracts', CONTRACTS, 'careers.none'));
    const sectors = computed(() => nameOptions(offer.sectors, t('careers.none'), { value: 'code' }));
    const yesNo = computed(() => [{ value: '', label: t('careers.none') }, { value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }]);
    const post = async (which, path, body, okKey) => {
      Object.values(acts).forEach((a) => a.reset());
      const s = await acts[which].run(() => api.post(`/v1/tracer-surveys/${props.survey.id}/${path}`, body), okKey);
      if (s) emit('changed', s);
    };
    const recordAttempt = () => post('attempt', 'contact-attempts', { ...attempt, note: attempt.note || null }, 'careers.attemptRecorded');
    const respond = () => post('answer', 'response', {
      respondedOn: answer.respondedOn, situation: answer.situation,
      sectorCode: working.value ? answer.sectorCode || null : null,
      contractType: ['EMPLOYED', 'INTERNATIONAL_MOBILITY'].includes(answer.situation) ? answer.contractType || null : null,
      inFieldOfTraining: working.value && answer.inFieldOfTraining !== '' ? answer.inFieldOfTraining === 'true' : null,
      incubatorStartup: answer.situation === 'SELF_EMPLOYED' ? answer.incubatorStartup : false,
      country: answer.situation === 'INTERNATIONAL_MOBILITY' ? answer.country : null,
      mobilityProgramme: answer.situation === 'INTERNATIONAL_MOBILITY' ? answer.mobilityProgramme || null : null,
    }, 'careers.responseRecorded');
    const unreachable = () => post('close', 'unreachable', { on: closing.on }, 'careers.closedUnreachable');
    const refuse = () => post('close', 'refusal', { on: closing.on }, 'careers.closedRefused');
    return {
      attempt, answer, closing, acts, ok, busy, working, channels, situations, contracts, sectors, yesNo, recordAttempt, respond, unreachable, refuse,
      programme, sector, date, canWrite: hasRole(ADVISOR),
    };
  },
  template: `
    <div class="card" data-testid="survey-panel">
      <h2>{{ $t('careers.surveyOf', { id: survey.traineeId.slice(0, 8) }) }}
        <span class="badge" :class="{ ok: survey.state === 'RESPONDED', bad: survey.state === 'UNREACHABLE' || survey.state === 'REFUSED' }">{{ $t('careers.states.' + survey.state) }}</span></h2>
      <dl class="facts">
        <dt>{{ $t('campus.trainee') }}</dt><dd><bdi>{{ survey.traineeId }}</bdi></dd>
        <dt>{{ $t('careers.programme') }}</dt><dd>{{ programme(survey.programmeId) }}</dd>
        <dt>{{ $t('careers.graduatedOn') }}</dt><dd>{{ date(survey.graduatedOn) }}</dd>
        <dt>{{ $t('careers.dueOn') }}</dt><dd>{{ date(survey.dueOn) }}</dd>
        <template v-if="survey.closedOn"><dt>{{ $t('careers.closedOn') }}</dt><dd>{{ date(survey.closedOn) }}</dd></template>
        <dt>{{ $t('careers.attempts') }}</dt>
        <dd><span v-if="!survey.attempts.length">—</span>
          <ul v-else class="campus-list"><li v-for="(a, i) in survey.attempts" :key="i">{{ date(a.attemptedOn) }} — {{ $t('careers.channels.' + a.channel) }}<template v-if="a.note"> — {{ a.note }}</template></li></ul></dd>
        <template v-if="survey.answer">
          <dt>{{ $t('careers.situation') }}</dt><dd>{{ $t('careers.situations.' + survey.answer.situation) }}</dd>
          <template v-if="survey.answer.sectorCode"><dt>{{ $t('careers.sector') }}</dt><dd>{{ sector(survey.answer.sectorCode) }}</dd></template>
          <template v-if="survey.answer.contractType"><dt>{{ $t('careers.contract') }}</dt><dd>{{ $t('careers.contracts.' + survey.answer.contractType) }}</dd></template>
          <template v-if="survey.answer.inFieldOfTraining != null"><dt>{{ $t('careers.inField') }}</dt><dd>{{ $t('campus.yesNo.' + survey.answer.inFieldOfTraining) }}</dd></template>
          <template v-if="survey.answer.incubatorStartup"><dt>{{ $t('careers.incubatorStartup') }}</dt><dd>{{ $t('common.yes') }}</dd></template>
          <template v-if="survey.answer.country"><dt>{{ $t('careers.country') }}</dt><dd><bdi>{{ survey.answer.country }}</bdi><template v-if="survey.answer.mobilityProgramme"> — {{ survey.answer.mobilityProgramme }}</template></dd></template>
        </template>
      </dl>
      <OkAlert :text="ok" />
      <template v-if="canWrite && survey.state === 'PENDING'">
        <form class="form" data-testid="attempt-form" @submit.prevent="recordAttempt" novalidate>
          <h2>{{ $t('careers.recordAttempt') }}</h2>
          <Refusal :error="acts.attempt.error.value" />
          <Field :label="$t('careers.attemptedOn')" type="date" name="attemptedOn" v-model="attempt.attemptedOn" :error="acts.attempt.error.value" required />
          <Field :label="$t('careers.channel')" name="channel" v-model="attempt.channel" :options="channels" :error="acts.attempt.error.value" required />
          <Field :label="$t('careers.note')" name="note" v-model="attempt.note" :error="acts.attempt.error.value" />
          <div class="actions"><button type="submit" class="secondary" :disabled="busy" data-testid="attempt-submit">{{ $t('careers.recordAttempt') }}</button></div>
        </form>
        <form class="form" data-testid="response-form" @submit.prevent="respond" novalidate style="margin-block-start: 1rem">
          <h2>{{ $t('careers.recordResponse') }}</h2>
          <Refusal :error="acts.answer.error.value" />
          <Field :label="$t('careers.respondedOn')" type="date" name="respondedOn" v-model="answer.respondedOn" :error="acts.answer.error.value" required />
          <Field :label="$t('careers.situation')" name="situation" v-model="answer.situation" :options="situations" :error="acts.answer.error.value" required />
          <Field v-if="working" :label="$t('careers.sector')" name="sectorCode" v-model="answer.sectorCode" :options="sectors" :error="acts.answer.error.value" :required="answer.situation === 'EMPLOYED'" />
          <Field v-if="answer.situation === 'EMPLOYED' || answer.situation === 'INTERNATIONAL_MOBILITY'" :label="$t('careers.contract')" name="contractType" v-model="answer.contractType" :options="contracts" :error="acts.answer.error.value" :required="answer.situation === 'EMPLOYED'" />
          <Field v-if="working" :label="$t('careers.inField')" name="inFieldOfTraining" v-model="answer.inFieldOfTraining" :options="yesNo" :error="acts.answer.error.value" :required="answer.situation === 'EMPLOYED'" />
          <CheckField v-if="answer.situation === 'SELF_EMPLOYED'" :label="$t('careers.incubatorStartup')" name="incubatorStartup" v-model="answer.incubatorStartup" />
          <Field v-if="answer.situation === 'INTERNATIONAL_MOBILITY'" :label="$t('careers.country')" name="country" v-model="answer.country" :error="acts.answer.error.value" :help="$t('careers.countryHelp')" required dir="ltr" />
          <Field v-if="answer.situation === 'INTERNATIONAL_MOBILITY'" :label="$t('careers.mobilityProgramme')" name="mobilityProgramme" v-model="answer.mobilityProgramme" :error="acts.answer.error.value" />
          <div class="actions"><button type="submit" :disabled="busy" data-testid="response-submit">{{ $t('careers.recordResponse') }}</button></div>
        </form>
        <form class="form" data-testid="closing-form" @submit.prevent novalidate style="margin-block-start: 1rem">
          <h2>{{ $t('careers.closeSurvey') }}</h2>
          <p class="muted">{{ $t('careers.closeHelp') }}</p>
          <Refusal :error="acts.close.error.value" />
          <Field :label="$t('careers.closedOn')" type="date" name="on" v-model="closing.on" :error="acts.close.error.value" required />
          <div class="actions">
            <button type="button" class="secondary" :disabled="busy" data-testid="survey-unreachable" @click="unreachable">{{ $t('careers.markUnreachable') }}</button>
            <button type="button" class="secondary" :disabled="busy" data-testid="survey-refused" @click="refuse">{{ $t('careers.markRefused') }}</button>
          </div>
        </form>
      </template>
      <p class="campus-actions"><button type="button" class="secondary" @click="$emit('close')">{{ $t('campus.close') }}</button></p>
    </div>`,
});

export const WaveScreen = defineComponent({
  name: 'TracerWave',
  components: { ...kit, SurveyPanel, WaveFigures },
  setup() {
    const { t } = useI18n();
    const route = useRoute();
    const id = computed(() => route.params.id);
    const { data: wave, error, run: loadWave } = useLoad(() => api.get(`/v1/tracer-waves/${id.value}`));
    const { data: figures, run: loadFigures } = useLoad(() => api.get(`/v1/tracer-waves/${id.value}/figures`));
    const filter = reactive({ state: 'PENDING', page: 0 });
    const { data: surveys, error: surveysError, loading, run: loadSurveys } = useLoad(() => api.get(`/v1/tracer-waves/${id.value}/surveys`, { ...filter, size: 20 }));
    const selected = ref(null);
    const { programmeCode } = useOffer({ programmes: true });
    onMounted(() => { loadWave(); loadFigures(); loadSurveys(); });
    watch(() => filter.state, () => { filter.page = 0; loadSurveys(); });
    const columns = computed(() => [
      { key: 'traineeId', label: t('campus.trainee'), value: (r) => shortId(r.traineeId) },
      { key: 'programmeId', label: t('careers.programme'), value: (r) => programmeCode(r.programmeId) },
      { key: 'graduatedOn', label: t('careers.graduatedOn'), value: (r) => date(r.graduatedOn) },
      { key: 'dueOn', label: t('careers.dueOn'), value: (r) => date(r.dueOn) },
      { key: 'contactAttempts', label: t('careers.attempts'), num: true, value: (r) => number(r.contactAttempts) },
      { key: 'state', label: t('common.status') },
    ]);
    const states = computed(() => codeOptions(t, 'careers.states', STATES, true));
    function changed(s) {
      selected.value = s;
      loadSurveys();
      loadFigures();
    }
    const page = (p) => { filter.page = p; loadSurveys(); };
    return { wave, error, figures, ltr, filter, surveys, surveysError, loading, columns, states, selected, changed, page, number, date };
  },
  template: `
    <section>
      <p><router-link to="/city/careers/tracer">‹ {{ $t('careers.backToWaves') }}</router-link></p>
      <ProblemAlert :error="error" />
      <div v-if="wave" class="card" data-testid="wave-detail">
        <h2>{{ $t('careers.waveTitle', { year: ltr(wave.academicYear), n: wave.horizonMonths }) }}</h2>
        <dl class="facts">
          <dt>{{ $t('careers.openedOn') }}</dt><dd>{{ date(wave.openedOn) }}</dd>
          <dt>{{ $t('careers.surveys') }}</dt><dd>{{ number(wave.surveys) }}</dd>
        </dl>
      </div>
      <div class="campus-split">
        <section class="card">
          <h2>{{ $t('careers.surveys') }}</h2>
          <div class="toolbar"><Field :label="$t('common.status')" name="state" v-model="filter.state" :options="states" /></div>
          <ProblemAlert :error="surveysError" />
          <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
          <DataTable v-if="surveys" testid="tracer-surveys-table" :columns="columns" :rows="surveys.items" :page="surveys" clickable @select="selected = $event" @page="page">
            <template #cell-traineeId="{ row }"><bdi :title="row.traineeId">{{ row.traineeId.slice(0, 8) }}</bdi></template>
            <template #cell-state="{ row }"><span class="badge" :class="{ ok: row.state === 'RESPONDED', bad: row.state === 'UNREACHABLE' || row.state === 'REFUSED' }">{{ $t('careers.states.' + row.state) }}</span></template>
          </DataTable>
        </section>
        <SurveyPanel v-if="selected" :key="selected.id + '-' + selected.version" :survey="selected" @changed="changed" @close="selected = null" />
      </div>
      <section v-if="figures">
        <h2>{{ $t('careers.waveFigures') }}</h2>
        <WaveFigures :figures="figures" />
      </section>
    </section>`,
});

export const CareerFiguresScreen = defineComponent({
  name: 'CareerFigures',
  components: { WaveFigures },
  setup() {
    const year = ref(openingYear());
    const { data, error, loading, run } = useLoad(() => api.get(`/v1/careers/${year.value}/figures`));
    onMounted(run);
    watch(year, run);
    return { year, data, error, loading, ltr };
  },
  template: `
    <section data-testid="careers-figures">
      <div class="toolbar"><YearPicker v-model="year" :label="$t('careers.intake')" /></div>
      <ProblemAlert :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <p v-if="data && !data.length" class="alert info" role="status">{{ $t('careers.noWave', { year: ltr(year) }) }}</p>
      <section v-for="w in data || []" :key="w.waveId">
        <h2>{{ $t('careers.waveTitle', { year: ltr(w.academicYear), n: w.horizonMonths }) }}</h2>
        <WaveFigures :figures="w" />
      </section>
    </section>`,
});
