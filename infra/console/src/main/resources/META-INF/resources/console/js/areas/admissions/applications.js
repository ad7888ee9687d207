// Applications of the city (ApplicationResource): the paged list with its filters, one
// application with its applicant (names in French and Arabic), its wishes with their eligibility
// and what selection decided (/explanation), a form to submit one, its wishes changed, a withdrawal.
import { defineComponent, ref, reactive, computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { api } from '../../api.js';
import { useLoad } from '../../components/index.js';
import { language } from '../../i18n.js';
import { name, number, date, dateTime, academicYears } from '../../format.js';
import { can, EDUCATION, codeOptions, useYear, useCatalogue, StatusBadge, ReasonForm, ActionProblem, BackLink, yesNo, useAction } from '../offer/shared.js';
import { personName, ineligibility, explanation, decidedBy, systemReason, applicationChanged } from './common.js';

export const APPLICATION_STATUSES = ['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'RANKED', 'OFFERED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'WITHDRAWN', 'ENROLLED'];
const GOOD = ['ELIGIBLE', 'OFFERED', 'ACCEPTED', 'ENROLLED'];
const BAD = ['INELIGIBLE', 'DECLINED', 'WITHDRAWN'];
const OPEN = ['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE'];
const MAX_WISHES = 5;

const score = (v) => (v === '' || v === null || v === undefined ? null : Number(String(v).replace(',', '.')));
const blank = () => ({ programmeCode: '', gradeAverage: '', testScore: '', interviewScore: '' });
const wishBody = (wishes) => wishes.map((w) => ({
  programmeCode: w.programmeCode, gradeAverage: score(w.gradeAverage), testScore: score(w.testScore), interviewScore: score(w.interviewScore),
}));

/** The wishes, in preference order, each a programme of the year and its scores (0–20). */
const WishesEditor = defineComponent({
  name: 'WishesEditor',
  props: { wishes: { type: Array, required: true }, year: String, error: { default: null } },
  setup(props) {
    const { t } = useI18n();
    const cat = useCatalogue();
    const options = computed(() => cat.programmeOptions(props.year, { by: 'code', first: t('offer.choose') }));
    const add = () => { if (props.wishes.length < MAX_WISHES) props.wishes.push(blank()); };
    const remove = (i) => props.wishes.splice(i, 1);
    const up = (i) => { if (i > 0) props.wishes.splice(i - 1, 0, props.wishes.splice(i, 1)[0]); };
    const wishesError = computed(() => (props.error && props.error.fields ? props.error.fields.wishes || null : null));
    return { options, add, remove, up, MAX_WISHES, wishesError };
  },
  template: `
    <fieldset class="wishes" data-testid="wishes-editor">
      <legend>{{ $t('adm.app.wishes') }}</legend>
      <p class="muted">{{ $t('adm.app.wishesHelp', { max: MAX_WISHES }) }}</p>
      <p v-if="wishesError" class="field-error" role="alert">{{ wishesError }}</p>
      <div v-for="(w, i) in wishes" :key="i" class="wish-row">
        <span class="pref" :aria-label="$t('adm.app.preference')">{{ i + 1 }}</span>
        <Field :label="$t('adm.app.programme')" :name="'wishes[' + i + '].programmeCode'" v-model="w.programmeCode" :options="options" :error="error" required />
        <Field :label="$t('adm.criterion.gradeAverage')" :name="'wishes[' + i + '].gradeAverage'" type="number" step="0.01" min="0" max="20" v-model="w.gradeAverage" :error="error" required />
        <Field :label="$t('adm.criterion.testScore')" :name="'wishes[' + i + '].testScore'" type="number" step="0.01" min="0" max="20" v-model="w.testScore" :error="error" />
        <Field :label="$t('adm.criterion.interviewScore')" :name="'wishes[' + i + '].interviewScore'" type="number" step="0.01" min="0" max="20" v-model="w.interviewScore" :error="error" />
        <span class="row-actions">
          <button type="button" class="secondary" :disabled="i === 0" @click="up(i)" :aria-label="$t('adm.app.moveUp', { n: i + 1 })">{{ $t('adm.app.up') }}</button>
          <button type="button" class="secondary" :disabled="wishes.length === 1" @click="remove(i)" :aria-label="$t('adm.app.removeWish', { n: i + 1 })">{{ $t('adm.app.remove') }}</button>
        </span>
      </div>
      <p><button type="button" class="secondary" :disabled="wishes.length >= MAX_WISHES" @click="add" data-testid="wish-add">{{ $t('adm.app.addWish') }}</button></p>
    </fieldset>`,
});

export const ApplicationList = defineComponent({
  name: 'ApplicationList',
  components: { StatusBadge, ActionProblem },
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const cat = useCatalogue();
    const year = useYear();
    const filters = reactive({ status: '', programme: '', q: '' });
    const { data: result, error, loading, run: load } = useLoad((page = 0) => api.get('/v1/applications', { academicYear: year.value, ...filters, page, size: 25 }));
    watch(() => [year.value, filters.status, filters.programme], () => load(0), { immediate: true });
    const columns = computed(() => [
      { key: 'name', label: t('adm.app.applicant') },
      { key: 'nationalId', label: t('adm.app.nationalId'), value: (a) => a.applicant.nationalId },
      { key: 'birthDate', label: t('adm.app.birthDate'), value: (a) => date(a.applicant.birthDate) },
      { key: 'firstWish', label: t('adm.app.firstWish'), value: (a) => (a.wishes[0] ? a.wishes[0].programmeCode : '—') },
      { key: 'wishes', label: t('adm.app.wishCount'), num: true, value: (a) => number(a.wishes.length) },
      { key: 'status', label: t('common.status') },
      { key: 'submittedAt', label: t('adm.app.submittedAt'), value: (a) => dateTime(a.submittedAt) },
    ]);
    const statusOptions = computed(() => codeOptions(t, APPLICATION_STATUSES, 'adm.appStatus'));
    const programmeOptions = computed(() => cat.programmeOptions(year.value, { first: t('common.all') }));
    // Both names, the reader's language first.
    const first = computed(() => (language.value === 'ar' ? 'ar' : 'fr'));
    const second = computed(() => (first.value === 'ar' ? 'fr' : 'ar'));
    return { year, filters, result, error, loading, load, columns, statusOptions, programmeOptions, personName, GOOD, BAD, first, second,
      writer: can('admissionsWrite'), open: (a) => router.push(`/city/admissions/applications/${a.id}`) };
  },
  template: `
    <div>
      <h1>{{ $t('adm.app.title') }}</h1>
      <form class="toolbar" role="search" data-testid="applications-filters" @submit.prevent="load(0)">
        <YearPicker v-model="year" />
        <Field :label="$t('common.status')" name="status" v-model="filters.status" :options="statusOptions" />
        <Field :label="$t('adm.app.programme')" name="programme" v-model="filters.programme" :options="programmeOptions" />
        <Field :label="$t('common.search')" name="q" v-model="filters.q" :placeholder="$t('adm.app.searchHint')" />
        <button type="submit">{{ $t('common.search') }}</button>
        <router-link v-if="writer" class="button secondary" to="/city/admissions/applications/new" data-testid="application-new">{{ $t('adm.app.new') }}</router-link>
      </form>
      <ActionProblem :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <DataTable v-if="result" testid="applications-table" :columns="columns" :rows="result.items" :page="result" clickable @page="load" @select="open">
        <template #cell-name="{ row }">
          <span :lang="first" :dir="first === 'ar' ? 'rtl' : 'ltr'">{{ personName(row.applicant, first) }}</span><br>
          <span :lang="second" :dir="second === 'ar' ? 'rtl' : 'ltr'" class="muted">{{ personName(row.applicant, second) }}</span>
        </template>
        <template #cell-status="{ row }"><StatusBadge prefix="adm.appStatus" :code="row.status" :good="GOOD" :bad="BAD" /></template>
      </DataTable>
    </div>`,
});

export const ApplicationNew = defineComponent({
  name: 'ApplicationNew',
  components: { WishesEditor, ActionProblem, BackLink },
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const year = useYear();
    const form = reactive({
      academicYear: year.value, nationalId: '', firstFr: '', lastFr: '', firstAr: '', lastAr: '', birthDate: '', sex: '',
      province: '', remoteArea: 'false', disability: 'false', educationLevel: '', phone: '', email: '',
    });
    const wishes = reactive([blank()]);
    const { busy, error, act } = useAction();
    const years = computed(() => academicYears(year.value, 1, 1).map((y) => ({ value: y, label: y })));
    const sexOptions = computed(() => codeOptions(t, ['F', 'M'], 'adm.sex', 'offer.choose'));
    const educationOptions = computed(() => codeOptions(t, EDUCATION, 'offer.education', 'offer.choose'));
    const yes = computed(() => yesNo(t));
    const orNull = (v) => (v && String(v).trim() ? v : null);
    function submit() {
      return act(() => api.post('/v1/applications', {
        academicYear: form.academicYear,
        applicant: {
          nationalId: form.nationalId, name: { first: { fr: form.firstFr, ar: form.firstAr }, last: { fr: form.lastFr, ar: form.lastAr } },
          birthDate: form.birthDate, sex: orNull(form.sex), province: form.province, remoteArea: form.remoteArea === 'true',
          disability: form.disability === 'true', educationLevel: orNull(form.educationLevel), phone: orNull(form.phone), email: orNull(form.email),
        },
        wishes: wishBody(wishes),
      }), (created) => { router.push({ path: `/city/admissions/applications/${created.id}`, query: { created: '1' } }); });
    }
    return { form, wishes, error, busy, years, sexOptions, educationOptions, yes, submit };
  },
  template: `
    <div>
      <BackLink to="/city/admissions/applications" :label="$t('adm.app.title')" />
      <h1>{{ $t('adm.app.new') }}</h1>
      <section class="card">
        <form class="form" data-testid="application-form" @submit.prevent="submit">
          <div class="actions"><ActionProblem :error="error" :shown="['academicYear', 'applicant', 'wishes']" /></div>
          <Field :label="$t('common.academicYear')" name="academicYear" v-model="form.academicYear" :options="years" :error="error" required />
          <Field :label="$t('adm.app.nationalId')" name="applicant.nationalId" v-model="form.nationalId" :error="error" required dir="ltr" :help="$t('adm.app.nationalIdHelp')" />
          <Field :label="$t('adm.app.lastFr')" name="applicant.name.last.fr" v-model="form.lastFr" :error="error" required dir="ltr" />
          <Field :label="$t('adm.app.firstFr')" name="applicant.name.first.fr" v-model="form.firstFr" :error="error" required dir="ltr" />
          <Field :label="$t('adm.app.lastAr')" name="applicant.name.last.ar" v-model="form.lastAr" :error="error" required dir="rtl" />
          <Field :label="$t('adm.app.firstAr')" name="applicant.name.first.ar" v-model="form.firstAr" :error="error" required dir="rtl" />
          <Field :label="$t('adm.app.birthDate')" name="applicant.birthDate" type="date" v-model="form.birthDate" :error="error" required />
          <Field :label="$t('adm.app.sex')" name="applicant.sex" v-model="form.sex" :options="sexOptions" :error="error" required />
          <Field :label="$t('adm.app.province')" name="applicant.province" v-model="form.province" :error="error" required />
          <Field :label="$t('adm.app.educationLevel')" name="applicant.educationLevel" v-model="form.educationLevel" :options="educationOptions" :error="error" required />
          <Field :label="$t('adm.app.remoteArea')" name="applicant.remoteArea" v-model="form.remoteArea" :options="yes" :error="error" />
          <Field :label="$t('adm.app.disability')" name="applicant.disability" v-model="form.disability" :options="yes" :error="error" />
          <Field :label="$t('adm.app.phone')" name="applicant.phone" type="tel" v-model="form.phone" :error="error" dir="ltr" />
          <Field :label="$t('adm.app.email')" name="applicant.email" type="email" v-model="form.email" :error="error" dir="ltr" />
          <WishesEditor :wishes="wishes" :year="form.academicYear" :error="error" />
          <div class="actions">
            <button type="submit" :disabled="busy" data-testid="application-submit">{{ $t('adm.app.submit') }}</button>
            <router-link class="button secondary" to="/city/admissions/applications">{{ $t('common.cancel') }}</router-link>
          </div>
        </form>
      </section>
    </div>`,
});

export const ApplicationDetail = defineComponent({
  name: 'ApplicationDetail',
  components: { StatusBadge, ReasonForm, WishesEditor, ActionProblem, BackLink },
  props: { id: String },
  setup(props) {
    const { t } = useI18n();
    const route = useRoute();
    const { data, error, run: load } = useLoad(() => Promise.all([
      api.get(`/v1/applications/${props.id}`), api.get(`/v1/applications/${props.id}/explanation`)]));
    const app = computed(() => (data.value ? data.value[0] : null));
    const why = computed(() => (data.value ? data.value[1] : null));
    const { busy, error: actionError, done, act: write } = useAction();
    if (route.query.created) done.value = t('adm.app.created');
    const mode = ref(null);
    const wishes = reactive([]);
    load();
    function show(next) {
      mode.value = next;
      actionError.value = null;
      done.value = null;
      if (next === 'wishes') {
        wishes.splice(0, wishes.length, ...app.value.wishes.map((w) => ({
          programmeCode: w.programmeCode || '', gradeAverage: w.gradeAverage ?? '', testScore: w.testScore ?? '', interviewScore: w.interviewScore ?? '',
        })));
      }
    }
    const act = (call, message) => write(call, async () => {
      applicationChanged(props.id);
      mode.value = null;
      await load();
      return message;
    });
    const saveWishes = () => act(() => api.put(`/v1/applications/${props.id}/wishes`, { version: app.value.version, wishes: wishBody(wishes) }), t('adm.app.wishesSaved'));
    const withdraw = (reason) => act(() => api.post(`/v1/applications/${props.id}/withdrawal`, { reason }), t('adm.app.withdrawn'));
    const rows = computed(() => (app.value ? app.value.wishes.map((w) => ({
      ...w, outcome: (why.value?.wishes || []).find((x) => x.preference === w.preference) || null,
    })) : []));
    const columns = computed(() => [
      { key: 'preference', label: t('adm.app.preference'), num: true },
      { key: 'programme', label: t('adm.app.programme') },
      { key: 'gradeAverage', label: t('adm.criterion.gradeAverage'), num: true, value: (w) => number(w.gradeAverage, 2) },
      { key: 'testScore', label: t('adm.criterion.testScore'), num: true, value: (w) => number(w.testScore, 2) },
      { key: 'interviewScore', label: t('adm.criterion.interviewScore'), num: true, value: (w) => number(w.interviewScore, 2) },
      { key: 'eligible', label: t('adm.app.eligibility') },
      { key: 'result', label: t('adm.app.result') },
    ]);
    const yesno = (v) => (v ? t('common.yes') : t('common.no'));
    const canChange = computed(() => can('admissionsWrite') && app.value && OPEN.includes(app.value.status));
    const canWithdraw = computed(() => can('admissionsWrite') && app.value && !['WITHDRAWN', 'ENROLLED'].includes(app.value.status));
    return { app, why, error, actionError, done, mode, busy, wishes, show, saveWishes, withdraw, rows, columns, yesno, canChange, canWithdraw,
      personName, name, date, dateTime, number, GOOD, BAD, t, ineligibility, explanation, decidedBy, systemReason };
  },
  template: `
    <div>
      <BackLink to="/city/admissions/applications" :label="$t('adm.app.title')" />
      <ActionProblem :error="error" />
      <template v-if="app">
        <h1>{{ personName(app.applicant) }} <StatusBadge prefix="adm.appStatus" :code="app.status" :good="GOOD" :bad="BAD" /></h1>
        <p v-if="done" class="alert ok" role="status" data-testid="application-done">{{ done }}</p>
        <ActionProblem :error="actionError" :shown="mode === 'wishes' ? ['wishes'] : mode ? ['reason'] : []" />
        <div v-if="!mode && (canChange || canWithdraw)" class="toolbar">
          <button v-if="canChange" @click="show('wishes')" data-testid="wishes-change">{{ $t('adm.app.changeWishes') }}</button>
          <button v-if="canWithdraw" class="danger" @click="show('withdraw')" data-testid="application-withdraw">{{ $t('adm.app.withdraw') }}</button>
        </div>
        <section v-if="mode === 'wishes'" class="card">
          <h2>{{ $t('adm.app.changeWishes') }}</h2>
          <form class="form" data-testid="wishes-form" @submit.prevent="saveWishes">
            <WishesEditor :wishes="wishes" :year="app.academicYear" :error="actionError" />
            <div class="actions">
              <button type="submit" :disabled="busy" data-testid="wishes-save">{{ $t('common.save') }}</button>
              <button type="button" class="secondary" @click="show(null)">{{ $t('common.cancel') }}</button>
            </div>
          </form>
        </section>
        <section v-if="mode === 'withdraw'" class="card">
          <h2>{{ $t('adm.app.withdraw') }}</h2>
          <ReasonForm :label="$t('common.reason')" :submit-label="$t('adm.app.withdraw')" danger :busy="busy" :error="actionError"
                      testid="withdrawal-form" @submit="withdraw" @cancel="show(null)" />
        </section>
        <div class="grid two">
          <section class="card" data-testid="applicant">
            <h2>{{ $t('adm.app.applicant') }}</h2>
            <dl class="facts">
              <dt>{{ $t('adm.app.nameFr') }}</dt><dd data-testid="applicant-name-fr"><span lang="fr" dir="ltr">{{ personName(app.applicant, 'fr') }}</span></dd>
              <dt>{{ $t('adm.app.nameAr') }}</dt><dd data-testid="applicant-name-ar"><span lang="ar" dir="rtl" class="names-ar">{{ personName(app.applicant, 'ar') }}</span></dd>
              <dt>{{ $t('adm.app.nationalId') }}</dt><dd><bdi>{{ app.applicant.nationalId }}</bdi> <span class="muted">({{ $t('adm.idKind.' + app.applicant.idKind) }})</span></dd>
              <dt>{{ $t('adm.app.birthDate') }}</dt><dd>{{ date(app.applicant.birthDate) }}</dd>
              <dt>{{ $t('adm.app.sex') }}</dt><dd>{{ $t('adm.sex.' + app.applicant.sex) }}</dd>
              <dt>{{ $t('adm.app.province') }}</dt><dd>{{ app.applicant.province }}</dd>
              <dt>{{ $t('adm.app.educationLevel') }}</dt><dd>{{ $t('offer.education.' + app.applicant.educationLevel) }}</dd>
              <dt>{{ $t('adm.app.remoteArea') }}</dt><dd>{{ yesno(app.applicant.remoteArea) }}</dd>
              <dt>{{ $t('adm.app.disability') }}</dt><dd>{{ yesno(app.applicant.disability) }}</dd>
              <dt>{{ $t('adm.app.phone') }}</dt><dd><bdi>{{ app.applicant.phone || '—' }}</bdi></dd>
              <dt>{{ $t('adm.app.email') }}</dt><dd><bdi>{{ app.applicant.email || '—' }}</bdi></dd>
            </dl>
          </section>
          <section class="card" data-testid="application-facts">
            <h2>{{ $t('adm.app.application') }}</h2>
            <dl class="facts">
              <dt>{{ $t('common.academicYear') }}</dt><dd>{{ app.academicYear }}</dd>
              <dt>{{ $t('common.status') }}</dt><dd><StatusBadge prefix="adm.appStatus" :code="app.status" :good="GOOD" :bad="BAD" />
                <span v-if="app.statusReason" class="muted"> — {{ systemReason(t, app.statusReason) }}</span></dd>
              <dt>{{ $t('adm.app.submittedAt') }}</dt><dd>{{ dateTime(app.submittedAt) }}</dd>
              <dt>{{ $t('adm.app.source') }}</dt><dd>{{ $t('adm.source.' + app.source) }}</dd>
              <template v-if="why && why.currentOffer">
                <dt>{{ $t('adm.app.currentOffer') }}</dt>
                <dd data-testid="current-offer">{{ why.currentOffer.programmeCode }} — <StatusBadge prefix="adm.offerStatus" :code="why.currentOffer.status" />
                  <span class="muted"> {{ $t('adm.offers.until', { at: dateTime(why.currentOffer.expiresAt) }) }}</span></dd>
              </template>
              <template v-if="why && why.lotterySeed">
                <dt>{{ $t('adm.sel.seed') }}</dt><dd><code dir="ltr">{{ why.lotterySeed }}</code></dd>
              </template>
            </dl>
          </section>
        </div>
        <section class="card">
          <h2>{{ $t('adm.app.wishesAndSelection') }}</h2>
          <DataTable testid="wishes-table" row-key="preference" :columns="columns" :rows="rows">
            <template #cell-programme="{ row }">{{ row.programmeCode }}<br><span class="muted">{{ name(row.programmeName) }}</span></template>
            <template #cell-eligible="{ row }">
              <span :class="['badge', row.eligible ? 'ok' : 'bad']">{{ row.eligible ? $t('adm.app.eligible') : $t('adm.app.ineligible') }}</span>
              <div v-if="!row.eligible" class="muted">{{ ineligibility(t, row.ineligibility) }}</div>
            </template>
            <template #cell-result="{ row }">
              <template v-if="row.outcome">
                <StatusBadge v-if="row.outcome.outcome" prefix="adm.outcome" :code="row.outcome.outcome" :good="['ADMITTED']" :bad="['NOT_ADMITTED']" />
                <div v-if="row.eligible" class="muted" data-testid="wish-explanation">{{ explanation(t, row.outcome) }}</div>
              </template>
            </template>
          </DataTable>
        </section>
      </template>
    </div>`,
});
