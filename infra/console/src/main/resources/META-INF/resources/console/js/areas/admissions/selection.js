// Selection of an intake (SelectionResource): the weights each programme ranks its applicants by,
// a simulation that writes nothing, and the run itself — once per intake, by the city director,
// after a confirmation — which makes the offers and the waitlists. Its result stays readable.
import { defineComponent, ref, reactive, computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../../api.js';
import { number, dateTime } from '../../format.js';
import { can, useYear, useCatalogue, usePaged, ActionProblem, useAction } from '../offer/shared.js';

const SAVED_KEY = 'cmc.admissions.criteria';
/** The weights saved from this browser tab (the API answers a write but has no read of them). */
function savedCriteria() {
  try {
    return JSON.parse(sessionStorage.getItem(SAVED_KEY) || '{}');
  } catch (e) {
    console.warn('cmc: ignoring unreadable saved criteria', e);
    return {};
  }
}

/** The per-programme table of a simulation or of the run (SelectionService.Summary). */
const SummaryTable = defineComponent({
  name: 'SelectionSummaryTable',
  props: { summary: { type: Object, required: true }, testid: String, figures: { type: Boolean, default: true } },
  setup(props) {
    const { t } = useI18n();
    const cat = useCatalogue();
    const rows = computed(() => props.summary.programmes || []);
    const { page, visible, go } = usePaged(rows, 25);
    const columns = computed(() => [
      { key: 'code', label: t('adm.app.programme'), value: (p) => cat.programmeLabel(p.programmeId) },
      { key: 'seats', label: t('adm.sel.seats'), num: true, value: (p) => number(p.seats) },
      { key: 'candidates', label: t('adm.sel.candidates'), num: true, value: (p) => number(p.candidates) },
      { key: 'admitted', label: t('adm.sel.admitted'), num: true, value: (p) => number(p.admitted) },
      { key: 'waitlisted', label: t('adm.sel.waitlisted'), num: true, value: (p) => number(p.waitlisted) },
      { key: 'last', label: t('adm.sel.lastScore'), num: true, value: (p) => number(p.lastAdmittedScore, 4) },
    ]);
    return { page, visible, go, columns, number };
  },
  template: `
    <div>
      <div v-if="figures" class="grid">
        <Stat :label="$t('adm.sel.applications')" :value="number(summary.applications)" />
        <Stat :label="$t('adm.sel.eligible')" :value="number(summary.eligible)" />
        <Stat :label="$t('adm.sel.admitted')" :value="number(summary.admitted)" />
        <Stat :label="$t('adm.sel.waitlisted')" :value="number(summary.waitlisted)" />
      </div>
      <p v-if="figures" class="muted">{{ $t('adm.sel.seedUsed') }} <code dir="ltr">{{ summary.seed }}</code></p>
      <DataTable :testid="testid" row-key="programmeId" :columns="columns" :rows="visible" :page="page" @page="go" />
    </div>`,
});

export const Selection = defineComponent({
  name: 'AdmissionsSelection',
  components: { SummaryTable, ActionProblem },
  setup() {
    const { t } = useI18n();
    const cat = useCatalogue();
    const year = useYear();
    const run = ref(null);
    const runSummary = ref(null);
    const loadError = ref(null);
    const checked = ref(false);
    async function loadRun() {
      checked.value = false;
      loadError.value = null;
      try {
        // The run opens the seats of the intake in the same transaction: without seats it has not
        // run, and the run is not asked for (its 404 would be logged by the browser as an error).
        const seats = await api.get('/v1/seats', { academicYear: year.value });
        run.value = seats.length ? await api.get(`/v1/selection/${year.value}/run`) : null;
      } catch (e) {
        run.value = null;
        if (e.status !== 404) loadError.value = e;
      } finally {
        checked.value = true;
      }
    }
    watch(year, () => { runSummary.value = null; simulation.value = null; confirming.value = false; loadRun(); }, { immediate: false });

    // --- the run, after a confirmation ---
    const seed = ref('');
    const confirming = ref(false);
    const { busy: running, error: runError, act: runAct } = useAction();
    const confirmRun = () => runAct(() => api.post(`/v1/selection/${year.value}/run`, { seed: seed.value.trim() || null }), async (summary) => {
      runSummary.value = summary;
      confirming.value = false;
      await loadRun();
    });

    // --- a simulation ---
    const simSeed = ref('');
    const simulation = ref(null);
    const { busy: simulating, error: simError, act: simAct } = useAction();
    const simulate = () => simAct(() => api.post(`/v1/selection/${year.value}/simulation`, { seed: simSeed.value.trim() || null }),
      (summary) => { simulation.value = summary; });
    function useSimSeed() {
      if (simulation.value) seed.value = simulation.value.seed;
    }

    // --- the criteria of a programme ---
    const criteria = reactive({ programmeId: '', gradeWeight: '1', testWeight: '0', interviewWeight: '0' });
    const { error: critError, done: critDone, act: critAct } = useAction();
    const saved = ref(savedCriteria());
    const savedRows = computed(() => Object.values(saved.value).filter((c) => c.academicYear === year.value));
    watch(() => criteria.programmeId, (id) => {
      const known = saved.value[`${year.value}|${id}`];
      Object.assign(criteria, known
        ? { gradeWeight: String(Number(known.gradeWeight)), testWeight: String(Number(known.testWeight)), interviewWeight: String(Number(known.interviewWeight)) }
        : { gradeWeight: '1', testWeight: '0', interviewWeight: '0' });
    });
    function saveCriteria() {
      const weight = (v) => (v === '' ? null : String(v).replace(',', '.'));
      return critAct(() => api.put(`/v1/selection/${year.value}/criteria/${criteria.programmeId}`, {
        gradeWeight: weight(criteria.gradeWeight), testWeight: weight(criteria.testWeight), interviewWeight: weight(criteria.interviewWeight),
      }), (answer) => {
        saved.value = { ...saved.value, [`${year.value}|${answer.programmeId}`]: { ...answer, academicYear: year.value } };
        sessionStorage.setItem(SAVED_KEY, JSON.stringify(saved.value));
        return t('adm.sel.criteriaSaved', { programme: cat.programmeLabel(answer.programmeId) });
      });
    }
    const programmeOptions = computed(() => cat.programmeOptions(year.value, { first: t('offer.choose') }));
    const savedColumns = computed(() => [
      { key: 'programme', label: t('adm.app.programme'), value: (c) => cat.programmeLabel(c.programmeId) },
      { key: 'gradeWeight', label: t('adm.criterion.gradeAverage'), num: true, value: (c) => number(c.gradeWeight, 4) },
      { key: 'testWeight', label: t('adm.criterion.testScore'), num: true, value: (c) => number(c.testWeight, 4) },
      { key: 'interviewWeight', label: t('adm.criterion.interviewScore'), num: true, value: (c) => number(c.interviewWeight, 4) },
    ]);

    loadRun();
    return { year, run, runSummary, loadError, checked, seed, confirming, runError, running, confirmRun,
      simSeed, simulation, simError, simulating, simulate, useSimSeed,
      criteria, critError, critDone, savedRows, saveCriteria, programmeOptions, savedColumns, number, dateTime,
      director: can('director'), writer: can('admissionsWrite') };
  },
  template: `
    <div>
      <h1>{{ $t('adm.sel.title') }}</h1>
      <div class="toolbar"><YearPicker v-model="year" /></div>
      <ActionProblem :error="loadError" />
      <p v-if="!checked" class="muted" role="status">{{ $t('common.loading') }}</p>

      <section v-if="run" class="card" data-testid="selection-result" :data-ran="run.ranAt">
        <h2>{{ $t('adm.sel.resultTitle', { year: run.academicYear }) }}</h2>
        <p class="alert ok" role="status">{{ $t('adm.sel.ranOn', { at: dateTime(run.ranAt), who: run.ranBy }) }}</p>
        <div class="grid">
          <Stat testid="selection-applications" :label="$t('adm.sel.applications')" :value="number(run.applications)" />
          <Stat v-if="runSummary" testid="selection-eligible" :label="$t('adm.sel.eligible')" :value="number(runSummary.eligible)" />
          <Stat testid="selection-offers" :label="$t('adm.sel.offers')" :value="number(run.offers)" />
          <Stat testid="selection-waitlisted" :label="$t('adm.sel.waitlisted')" :value="number(run.waitlisted)" />
        </div>
        <p>{{ $t('adm.sel.seedPublished') }} <code dir="ltr" data-testid="selection-seed">{{ run.seed }}</code></p>
        <p class="toolbar">
          <router-link class="button" to="/city/admissions/offers" data-testid="to-offers">{{ $t('adm.sel.seeOffers') }}</router-link>
          <router-link class="button secondary" to="/city/admissions/seats">{{ $t('adm.sel.seeSeats') }}</router-link>
        </p>
        <SummaryTable v-if="runSummary" :summary="runSummary" :figures="false" testid="selection-result-table" />
      </section>

      <template v-else-if="checked && !loadError">
        <p class="alert info">{{ $t('adm.sel.notRun', { year }) }}</p>

        <section v-if="director" class="card" data-testid="selection-run-card">
          <h2>{{ $t('adm.sel.runTitle') }}</h2>
          <p class="muted">{{ $t('adm.sel.runHelp') }}</p>
          <ActionProblem :error="runError" :shown="['seed']" />
          <form class="form" @submit.prevent="confirming = true">
            <Field :label="$t('adm.sel.seed')" name="seed" v-model="seed" :error="runError" dir="ltr" :help="$t('adm.sel.seedHelp')" :disabled="confirming" />
            <div class="actions" v-if="!confirming">
              <button type="submit" data-testid="selection-run">{{ $t('adm.sel.run') }}</button>
            </div>
          </form>
          <div v-if="confirming" class="alert info confirm" role="alertdialog" aria-labelledby="confirm-title" data-testid="selection-confirm-box">
            <p id="confirm-title"><strong>{{ $t('adm.sel.confirmTitle', { year }) }}</strong></p>
            <p>{{ $t('adm.sel.confirmText') }}</p>
            <p class="toolbar">
              <button class="danger" :disabled="running" data-testid="selection-confirm" @click="confirmRun">{{ running ? $t('adm.sel.running') : $t('adm.sel.confirm') }}</button>
              <button class="secondary" :disabled="running" @click="confirming = false">{{ $t('common.cancel') }}</button>
            </p>
          </div>
        </section>

        <section v-if="writer" class="card">
          <h2>{{ $t('adm.sel.simTitle') }}</h2>
          <p class="muted">{{ $t('adm.sel.simHelp') }}</p>
          <ActionProblem :error="simError" :shown="['seed']" />
          <form class="form" data-testid="simulation-form" @submit.prevent="simulate">
            <Field :label="$t('adm.sel.seed')" name="seed" v-model="simSeed" :error="simError" dir="ltr" :help="$t('adm.sel.seedHelp')" />
            <div class="actions">
              <button type="submit" :disabled="simulating" data-testid="simulation-run">{{ simulating ? $t('adm.sel.running') : $t('adm.sel.simulate') }}</button>
              <button v-if="simulation && director" type="button" class="secondary" @click="useSimSeed">{{ $t('adm.sel.useSeed') }}</button>
            </div>
          </form>
          <SummaryTable v-if="simulation" :summary="simulation" testid="simulation-table" />
        </section>

        <section v-if="writer" class="card">
          <h2>{{ $t('adm.sel.criteriaTitle') }}</h2>
          <p class="muted">{{ $t('adm.sel.criteriaHelp') }}</p>
          <p v-if="critDone" class="alert ok" role="status">{{ critDone }}</p>
          <ActionProblem :error="critError" :shown="director ? ['programmeId', 'gradeWeight', 'testWeight', 'interviewWeight'] : []" />
          <form v-if="director" class="form" data-testid="criteria-form" @submit.prevent="saveCriteria">
            <Field :label="$t('adm.app.programme')" name="programmeId" v-model="criteria.programmeId" :options="programmeOptions" :error="critError" required />
            <Field :label="$t('adm.sel.weightOf', { criterion: $t('adm.criterion.gradeAverage') })" name="gradeWeight" type="number" step="0.0001" min="0" max="9.9999" v-model="criteria.gradeWeight" :error="critError" required />
            <Field :label="$t('adm.sel.weightOf', { criterion: $t('adm.criterion.testScore') })" name="testWeight" type="number" step="0.0001" min="0" max="9.9999" v-model="criteria.testWeight" :error="critError" required />
            <Field :label="$t('adm.sel.weightOf', { criterion: $t('adm.criterion.interviewScore') })" name="interviewWeight" type="number" step="0.0001" min="0" max="9.9999" v-model="criteria.interviewWeight" :error="critError" required />
            <div class="actions"><button type="submit" data-testid="criteria-save">{{ $t('common.save') }}</button></div>
          </form>
          <template v-if="savedRows.length">
            <h3>{{ $t('adm.sel.savedHere') }}</h3>
            <DataTable testid="criteria-table" row-key="programmeId" :columns="savedColumns" :rows="savedRows" />
          </template>
        </section>
      </template>
    </div>`,
});
