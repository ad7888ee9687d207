// Area "offer": the city's training offer. Programmes (filières) with their rules and their
// intakes (seats per academic year), the sector poles, and the offer per pole and level for a year.
// Every city role reads (ProgrammeResource, PoleResource, OfferSummaryResource); the city director
// creates and edits programmes and poles, plans or cancels intakes, deactivates and reactivates.
import { defineComponent, ref, reactive, computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter, useRoute } from 'vue-router';
import { api } from '../api.js';
import { useLoad } from '../components/index.js';
import { name, number, percent, academicYears } from '../format.js';
import { ROLES, can, LEVELS, EDUCATION, codeOptions, useYear, useCatalogue, offerChanged, StatusBadge, ReasonForm, ActionProblem, BackLink, yesNo, months, useAction } from './offer/shared.js';
import { messages } from './offer/messages.js';

const blankToNull = (v) => (v === '' || v === null || v === undefined ? null : v);
const toNumber = (v) => (blankToNull(v) === null ? null : Number(v));
const toBoolean = (v) => (blankToNull(v) === null ? null : v === true || v === 'true');

const SHOWN = ['code', 'name', 'sectorCode', 'poleId', 'level', 'durationMonths', 'softSkillsShare', 'newCurriculum', 'extraLanguageSemester', 'targetAgeMin', 'targetAgeMax', 'minimumEducation'];

/** Create (no `programme`) or redefine a programme; emits `saved` with the API's answer. */
const ProgrammeForm = defineComponent({
  name: 'ProgrammeForm',
  components: { ActionProblem },
  props: { programme: { type: Object, default: null } },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const cat = useCatalogue();
    const p = props.programme;
    const form = reactive({
      code: p?.code || '', nameFr: p?.name.fr || '', nameAr: p?.name.ar || '', sectorCode: p?.sectorCode || '',
      poleId: p?.poleId || '', level: p?.level || '', durationMonths: p?.durationMonths ?? '', softSkillsShare: p?.softSkillsShare ?? '',
      newCurriculum: String(p?.newCurriculum ?? false), extraLanguageSemester: p ? String(p.extraLanguageSemester) : '',
      targetAgeMin: p?.targetAgeMin ?? '', targetAgeMax: p?.targetAgeMax ?? '', minimumEducation: p?.minimumEducation || '',
    });
    const { busy, error, act } = useAction();
    const sectorOptions = computed(() => [{ value: '', label: '—' }, ...cat.sectors.value.map((s) => ({ value: s.code, label: name(s.name) }))]);
    const poleOptions = computed(() => [{ value: '', label: '—' }, ...cat.poles.value.map((x) => ({ value: x.id, label: name(x.name) }))]);
    const levelOptions = computed(() => codeOptions(t, LEVELS, 'level', 'offer.choose'));
    const educationOptions = computed(() => codeOptions(t, EDUCATION, 'offer.education', 'offer.fromLevel'));
    const curriculumOptions = computed(() => yesNo(t));
    const languageOptions = computed(() => yesNo(t, t('offer.fromSector')));
    function save() {
      const body = {
        name: { fr: form.nameFr, ar: form.nameAr }, sectorCode: form.sectorCode, poleId: blankToNull(form.poleId),
        level: form.level, durationMonths: toNumber(form.durationMonths), softSkillsShare: toNumber(form.softSkillsShare),
        newCurriculum: toBoolean(form.newCurriculum), extraLanguageSemester: toBoolean(form.extraLanguageSemester),
        targetAgeMin: toNumber(form.targetAgeMin), targetAgeMax: toNumber(form.targetAgeMax),
        minimumEducation: blankToNull(form.minimumEducation),
      };
      return act(() => (p ? api.put(`/v1/programmes/${p.id}`, { ...body, version: p.version }) : api.post('/v1/programmes', { ...body, code: form.code })),
        (saved) => { offerChanged(); emit('saved', saved); });
    }
    return { shown: SHOWN, form, error, busy, save, sectorOptions, poleOptions, levelOptions, educationOptions, curriculumOptions, languageOptions, editing: Boolean(p) };
  },
  template: `
    <form class="form" data-testid="programme-form" @submit.prevent="save">
      <div class="actions"><ActionProblem :error="error" :shown="shown" /></div>
      <Field v-if="!editing" :label="$t('common.code')" name="code" v-model="form.code" :error="error" required :help="$t('offer.codeHelp')" />
      <Field :label="$t('common.nameFr')" name="name.fr" v-model="form.nameFr" :error="error" required dir="ltr" />
      <Field :label="$t('common.nameAr')" name="name.ar" v-model="form.nameAr" :error="error" required dir="rtl" />
      <Field :label="$t('offer.sector')" name="sectorCode" v-model="form.sectorCode" :options="sectorOptions" :error="error" required />
      <Field :label="$t('offer.pole')" name="poleId" v-model="form.poleId" :options="poleOptions" :error="error" required />
      <Field :label="$t('offer.level')" name="level" v-model="form.level" :options="levelOptions" :error="error" required />
      <Field :label="$t('offer.durationMonths')" name="durationMonths" type="number" min="1" max="48" v-model="form.durationMonths" :error="error" required />
      <Field :label="$t('offer.softSkillsShare')" name="softSkillsShare" type="number" min="0" max="100" v-model="form.softSkillsShare" :error="error" required />
      <Field :label="$t('offer.newCurriculum')" name="newCurriculum" v-model="form.newCurriculum" :options="curriculumOptions" :error="error" />
      <Field :label="$t('offer.extraLanguageSemester')" name="extraLanguageSemester" v-model="form.extraLanguageSemester" :options="languageOptions" :error="error" />
      <Field :label="$t('offer.targetAgeMin')" name="targetAgeMin" type="number" min="14" max="65" v-model="form.targetAgeMin" :error="error" :help="$t('offer.fromLevel')" />
      <Field :label="$t('offer.targetAgeMax')" name="targetAgeMax" type="number" min="14" max="65" v-model="form.targetAgeMax" :error="error" :help="$t('offer.fromLevel')" />
      <Field :label="$t('offer.minimumEducation')" name="minimumEducation" v-model="form.minimumEducation" :options="educationOptions" :error="error" />
      <div class="actions">
        <button type="submit" data-testid="programme-save" :disabled="busy">{{ editing ? $t('common.save') : $t('common.create') }}</button>
        <button type="button" class="secondary" @click="$emit('cancel')">{{ $t('common.cancel') }}</button>
      </div>
    </form>`,
});

const ProgrammeList = defineComponent({
  name: 'ProgrammeList',
  components: { StatusBadge, ActionProblem },
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const cat = useCatalogue();
    const year = useYear();
    const filters = reactive({ q: '', pole: '', level: '', status: '', sector: '' });
    const { data: result, error, loading, run: load } = useLoad((page = 0) => api.get('/v1/programmes', { ...filters, page, size: 25 }));
    watch(() => [filters.pole, filters.level, filters.status, filters.sector], () => load(0));
    load(0);
    const seatsOf = (p) => p.intakes.find((i) => i.academicYear === year.value);
    const columns = computed(() => [
      { key: 'code', label: t('common.code') },
      { key: 'name', label: t('common.name'), value: (p) => name(p.name) },
      { key: 'pole', label: t('offer.pole'), value: (p) => cat.poleName(p.poleId) },
      { key: 'level', label: t('offer.level'), value: (p) => t(`level.${p.level}`) },
      { key: 'duration', label: t('offer.duration'), num: true, value: (p) => months(t, p.totalDurationMonths) },
      { key: 'firstYear', label: t('offer.firstYearSeatsIn', { year: year.value }), num: true, value: (p) => (seatsOf(p) ? number(seatsOf(p).firstYearSeats) : '—') },
      { key: 'total', label: t('offer.totalSeats'), num: true, value: (p) => (seatsOf(p) ? number(seatsOf(p).totalSeats) : '—') },
      { key: 'status', label: t('common.status') },
    ]);
    const poleOptions = computed(() => [{ value: '', label: t('common.all') }, ...cat.poles.value.map((p) => ({ value: p.id, label: name(p.name) }))]);
    const sectorOptions = computed(() => [{ value: '', label: t('common.all') }, ...cat.sectors.value.map((s) => ({ value: s.code, label: name(s.name) }))]);
    const levelOptions = computed(() => codeOptions(t, LEVELS, 'level'));
    const statusOptions = computed(() => codeOptions(t, ['ACTIVE', 'INACTIVE'], 'offer.status'));
    return { filters, result, error, loading, load, columns, poleOptions, sectorOptions, levelOptions, statusOptions, year,
      director: can('director'), open: (p) => router.push(`/city/offer/programmes/${p.id}`) };
  },
  template: `
    <div>
      <h1>{{ $t('offer.programmes') }}</h1>
      <form class="toolbar" role="search" data-testid="programmes-filters" @submit.prevent="load(0)">
        <Field :label="$t('common.search')" name="q" v-model="filters.q" :placeholder="$t('offer.searchHint')" />
        <Field :label="$t('offer.pole')" name="pole" v-model="filters.pole" :options="poleOptions" />
        <Field :label="$t('offer.sector')" name="sector" v-model="filters.sector" :options="sectorOptions" />
        <Field :label="$t('offer.level')" name="level" v-model="filters.level" :options="levelOptions" />
        <Field :label="$t('common.status')" name="status" v-model="filters.status" :options="statusOptions" />
        <YearPicker v-model="year" :label="$t('offer.seatsOfYear')" />
        <button type="submit">{{ $t('common.search') }}</button>
        <router-link v-if="director" class="button secondary" to="/city/offer/programmes/new" data-testid="programme-new">{{ $t('offer.newProgramme') }}</router-link>
      </form>
      <ActionProblem :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <DataTable v-if="result" testid="programmes-table" :columns="columns" :rows="result.items" :page="result" clickable
                 :caption="$t('offer.programmesCaption')" @page="load" @select="open">
        <template #cell-status="{ row }"><StatusBadge prefix="offer.status" :code="row.status" :good="['ACTIVE']" :bad="['INACTIVE']" /></template>
      </DataTable>
    </div>`,
});

const ProgrammeNew = defineComponent({
  name: 'ProgrammeNew',
  components: { ProgrammeForm, BackLink },
  setup() {
    const router = useRouter();
    return { created: (p) => router.push({ path: `/city/offer/programmes/${p.id}`, query: { created: '1' } }), back: () => router.push('/city/offer/programmes') };
  },
  template: `
    <div>
      <BackLink to="/city/offer/programmes" :label="$t('offer.programmes')" />
      <h1>{{ $t('offer.newProgramme') }}</h1>
      <section class="card"><ProgrammeForm @saved="created" @cancel="back" /></section>
    </div>`,
});

/** Plans (opens or re-plans) the seats of one academic year of a programme. */
const IntakeForm = defineComponent({
  name: 'IntakeForm',
  components: { ActionProblem },
  props: { programme: { type: Object, required: true }, intake: { type: Object, default: null } },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const year = useYear();
    const form = reactive({
      academicYear: props.intake?.academicYear || year.value,
      totalSeats: props.intake?.totalSeats ?? '', firstYearSeats: props.intake?.firstYearSeats ?? '',
    });
    const years = computed(() => academicYears(year.value, 1, 3).map((y) => ({ value: y, label: y })));
    const { busy, error, act } = useAction();
    const save = () => act(() => api.put(`/v1/programmes/${props.programme.id}/intakes/${form.academicYear}`,
      { totalSeats: toNumber(form.totalSeats), firstYearSeats: toNumber(form.firstYearSeats) }),
    (saved) => { offerChanged(); emit('saved', saved); });
    return { form, years, error, busy, save };
  },
  template: `
    <form class="form" data-testid="intake-form" @submit.prevent="save">
      <div class="actions"><ActionProblem :error="error" :shown="['academicYear', 'totalSeats', 'firstYearSeats']" /></div>
      <Field :label="$t('common.academicYear')" name="academicYear" v-model="form.academicYear" :options="years" :error="error" :disabled="!!intake" />
      <Field :label="$t('offer.totalSeats')" name="totalSeats" type="number" min="1" v-model="form.totalSeats" :error="error" required :help="$t('offer.totalSeatsHelp')" />
      <Field :label="$t('offer.firstYearSeats')" name="firstYearSeats" type="number" min="0" v-model="form.firstYearSeats" :error="error" required :help="$t('offer.firstYearSeatsHelp')" />
      <div class="actions">
        <button type="submit" data-testid="intake-save" :disabled="busy">{{ $t('offer.planSeats') }}</button>
        <button type="button" class="secondary" @click="$emit('cancel')">{{ $t('common.cancel') }}</button>
      </div>
    </form>`,
});

const ProgrammeDetail = defineComponent({
  name: 'ProgrammeDetail',
  components: { ProgrammeForm, IntakeForm, StatusBadge, ReasonForm, ActionProblem, BackLink },
  props: { id: String },
  setup(props) {
    const { t } = useI18n();
    const cat = useCatalogue();
    const { data: programme, error, run: load } = useLoad(() => api.get(`/v1/programmes/${props.id}`));
    const { busy, error: actionError, done, act } = useAction();
    const mode = ref(null); // 'edit' | 'intake' | 'deactivate'
    const planned = ref(null); // the intake being re-planned
    const cancelling = ref(null); // the year whose cancellation waits for confirmation
    load();
    if (useRoute().query.created) done.value = t('offer.created');
    function show(next, intake = null) {
      mode.value = next;
      planned.value = intake;
      cancelling.value = null;
      done.value = null;
      actionError.value = null;
    }
    /** After a write (here or in a child form): back to the record, read again, with the message. */
    function finished(message) {
      show(null);
      done.value = message;
      load();
    }
    const write = (call, message) => act(call, () => { offerChanged(); finished(message); return message; });
    const deactivate = (reason) => write(() => api.post(`/v1/programmes/${props.id}/deactivation`, { reason }), t('offer.deactivated'));
    const reactivate = () => write(() => api.del(`/v1/programmes/${props.id}/deactivation`), t('offer.reactivated'));
    const cancelIntake = (y) => write(() => api.del(`/v1/programmes/${props.id}/intakes/${y}`), t('offer.intakeCancelled', { year: y }));
    const intakeColumns = computed(() => [
      { key: 'academicYear', label: t('common.academicYear') },
      { key: 'totalSeats', label: t('offer.totalSeats'), num: true, value: (i) => number(i.totalSeats) },
      { key: 'firstYearSeats', label: t('offer.firstYearSeats'), num: true, value: (i) => number(i.firstYearSeats) },
      ...(can('director') ? [{ key: 'actions', label: t('common.actions') }] : []),
    ]);
    const yesno = (v) => (v ? t('common.yes') : t('common.no'));
    return { programme, error, actionError, done, mode, planned, cancelling, busy, deactivate, reactivate, cancelIntake, show,
      finished, intakeColumns, cat, yesno, percent, number, name, months, director: can('director'), t };
  },
  template: `
    <div>
      <BackLink to="/city/offer/programmes" :label="$t('offer.programmes')" />
      <ActionProblem :error="error" />
      <template v-if="programme">
        <h1>{{ programme.code }} — {{ name(programme.name) }}</h1>
        <p v-if="done" class="alert ok" role="status" data-testid="programme-done">{{ done }}</p>
        <ActionProblem :error="actionError" :shown="mode ? ['reason'] : []" />
        <div v-if="director && !mode" class="toolbar" data-testid="programme-actions">
          <button @click="show('edit')" data-testid="programme-edit">{{ $t('offer.edit') }}</button>
          <button class="secondary" @click="show('intake')" data-testid="intake-new">{{ $t('offer.planIntake') }}</button>
          <button v-if="programme.status === 'ACTIVE'" class="danger" @click="show('deactivate')" data-testid="programme-deactivate">{{ $t('offer.deactivate') }}</button>
          <button v-else class="secondary" :disabled="busy" @click="reactivate" data-testid="programme-reactivate">{{ $t('offer.reactivate') }}</button>
        </div>
        <section v-if="mode === 'edit'" class="card">
          <h2>{{ $t('offer.edit') }}</h2>
          <ProgrammeForm :programme="programme" @saved="finished($t('common.saved'))" @cancel="show(null)" />
        </section>
        <section v-if="mode === 'intake'" class="card">
          <h2>{{ planned ? $t('offer.replanIntake', { year: planned.academicYear }) : $t('offer.planIntake') }}</h2>
          <IntakeForm :programme="programme" :intake="planned" @saved="finished($t('offer.intakePlanned'))" @cancel="show(null)" />
        </section>
        <section v-if="mode === 'deactivate'" class="card">
          <h2>{{ $t('offer.deactivate') }}</h2>
          <p class="muted">{{ $t('offer.deactivateHelp') }}</p>
          <ReasonForm :label="$t('common.reason')" :submit-label="$t('offer.deactivate')" danger :busy="busy" :error="actionError"
                      testid="deactivation-form" @submit="deactivate" @cancel="show(null)" />
        </section>
        <div>
          <section class="card" data-testid="programme-rules">
            <h2>{{ $t('offer.rules') }}</h2>
            <dl class="facts">
              <dt>{{ $t('common.status') }}</dt>
              <dd><StatusBadge prefix="offer.status" :code="programme.status" :good="['ACTIVE']" :bad="['INACTIVE']" />
                <span v-if="programme.statusReason" class="muted"> — {{ programme.statusReason }}</span></dd>
              <dt>{{ $t('common.nameFr') }}</dt><dd><span lang="fr" dir="ltr">{{ programme.name.fr }}</span></dd>
              <dt>{{ $t('common.nameAr') }}</dt><dd><span lang="ar" dir="rtl">{{ programme.name.ar }}</span></dd>
              <dt>{{ $t('offer.sector') }}</dt><dd>{{ cat.sectorName(programme.sectorCode) }}</dd>
              <dt>{{ $t('offer.pole') }}</dt><dd>{{ cat.poleName(programme.poleId) }}</dd>
              <dt>{{ $t('offer.level') }}</dt><dd>{{ $t('level.' + programme.level) }}</dd>
              <dt>{{ $t('offer.durationMonths') }}</dt><dd>{{ months(t, programme.durationMonths) }}</dd>
              <dt>{{ $t('offer.totalDuration') }}</dt><dd>{{ months(t, programme.totalDurationMonths) }}</dd>
              <dt>{{ $t('offer.extraLanguageSemester') }}</dt><dd>{{ yesno(programme.extraLanguageSemester) }}</dd>
              <dt>{{ $t('offer.softSkillsShare') }}</dt><dd>{{ percent(programme.softSkillsShare, { alreadyPercent: true, digits: 0 }) }}</dd>
              <dt>{{ $t('offer.newCurriculum') }}</dt><dd>{{ yesno(programme.newCurriculum) }}</dd>
              <dt>{{ $t('offer.targetAges') }}</dt><dd>{{ $t('offer.agesRange', { min: number(programme.targetAgeMin), max: number(programme.targetAgeMax) }) }}</dd>
              <dt>{{ $t('offer.minimumEducation') }}</dt><dd>{{ $t('offer.education.' + programme.minimumEducation) }}</dd>
            </dl>
          </section>
          <section class="card">
            <h2>{{ $t('offer.intakes') }}</h2>
            <DataTable testid="intakes-table" row-key="academicYear" :columns="intakeColumns" :rows="programme.intakes">
              <template #cell-actions="{ row }">
                <span v-if="cancelling === row.academicYear" class="row-actions">
                  <button class="danger" :disabled="busy" @click="cancelIntake(row.academicYear)" data-testid="intake-cancel-confirm">{{ $t('offer.confirmCancelIntake') }}</button>
                  <button class="secondary" @click="cancelling = null">{{ $t('common.no') }}</button>
                </span>
                <span v-else class="row-actions">
                  <button class="secondary" @click="show('intake', row)" data-testid="intake-edit">{{ $t('offer.replan') }}</button>
                  <button class="secondary" @click="cancelling = row.academicYear" data-testid="intake-cancel">{{ $t('offer.cancelIntake') }}</button>
                </span>
              </template>
            </DataTable>
          </section>
        </div>
      </template>
    </div>`,
});

const Poles = defineComponent({
  name: 'Poles',
  components: { ActionProblem },
  setup() {
    const { t } = useI18n();
    const cat = useCatalogue();
    const editing = ref(null); // null: no form; {}: a new pole; a pole: its edit
    const form = reactive({ code: '', nameFr: '', nameAr: '', sectorCode: '' });
    const { busy, error, done, act } = useAction();
    function edit(pole) {
      editing.value = pole || {};
      Object.assign(form, { code: pole?.code || '', nameFr: pole?.name.fr || '', nameAr: pole?.name.ar || '', sectorCode: pole?.sectorCode || '' });
      error.value = null;
      done.value = null;
    }
    function save() {
      const body = { name: { fr: form.nameFr, ar: form.nameAr }, sectorCode: form.sectorCode };
      const pole = editing.value;
      return act(() => (pole.id ? api.put(`/v1/poles/${pole.id}`, { ...body, code: pole.code, version: pole.version }) : api.post('/v1/poles', { ...body, code: form.code })),
        async () => {
          offerChanged();
          editing.value = null;
          await cat.load();
          return t('common.saved');
        });
    }
    const columns = computed(() => [
      { key: 'code', label: t('common.code') },
      { key: 'fr', label: t('common.nameFr'), value: (p) => p.name.fr },
      { key: 'ar', label: t('common.nameAr'), value: (p) => p.name.ar },
      { key: 'sector', label: t('offer.sector'), value: (p) => cat.sectorName(p.sectorCode) },
    ]);
    const sectorOptions = computed(() => [{ value: '', label: '—' }, ...cat.sectors.value.map((s) => ({ value: s.code, label: name(s.name) }))]);
    return { cat, editing, form, error, done, busy, edit, save, columns, sectorOptions, director: can('director') };
  },
  template: `
    <div>
      <h1>{{ $t('offer.poles') }}</h1>
      <ActionProblem :error="cat.error.value" />
      <p v-if="done" class="alert ok" role="status">{{ done }}</p>
      <div v-if="director && !editing" class="toolbar"><button @click="edit(null)" data-testid="pole-new">{{ $t('offer.newPole') }}</button></div>
      <section v-if="editing" class="card">
        <h2>{{ editing.id ? $t('offer.editPole', { code: editing.code }) : $t('offer.newPole') }}</h2>
        <form class="form" data-testid="pole-form" @submit.prevent="save">
          <div class="actions"><ActionProblem :error="error" :shown="['code', 'name', 'sectorCode']" /></div>
          <Field v-if="!editing.id" :label="$t('common.code')" name="code" v-model="form.code" :error="error" required :help="$t('offer.codeHelp')" />
          <Field :label="$t('common.nameFr')" name="name.fr" v-model="form.nameFr" :error="error" required dir="ltr" />
          <Field :label="$t('common.nameAr')" name="name.ar" v-model="form.nameAr" :error="error" required dir="rtl" />
          <Field :label="$t('offer.sector')" name="sectorCode" v-model="form.sectorCode" :options="sectorOptions" :error="error" required />
          <div class="actions">
            <button type="submit" :disabled="busy" data-testid="pole-save">{{ editing.id ? $t('common.save') : $t('common.create') }}</button>
            <button type="button" class="secondary" @click="editing = null">{{ $t('common.cancel') }}</button>
          </div>
        </form>
      </section>
      <p v-if="director" class="muted">{{ $t('offer.polesHelp') }}</p>
      <DataTable testid="poles-table" :columns="columns" :rows="cat.poles.value" :clickable="director" @select="edit" />
    </div>`,
});

const Summary = defineComponent({
  name: 'OfferSummary',
  components: { ActionProblem },
  setup() {
    const { t } = useI18n();
    const year = useYear();
    const { data, error, run: load } = useLoad(() => api.get('/v1/offer/summary', { academicYear: year.value }));
    watch(year, () => load(), { immediate: true });
    const levels = computed(() => LEVELS.filter((l) => (data.value?.poles || []).some((p) => p.levels.some((x) => x.level === l))));
    const chart = computed(() => {
      const poles = data.value?.poles || [];
      return {
        labels: poles.map((p) => name(p.name)),
        datasets: levels.value.map((l) => ({
          label: t(`level.${l}`),
          data: poles.map((p) => p.levels.find((x) => x.level === l)?.counts.firstYearSeats || 0),
        })),
      };
    });
    return { year, data, error, chart, number, name };
  },
  template: `
    <div>
      <h1>{{ $t('offer.summary') }}</h1>
      <div class="toolbar"><YearPicker v-model="year" /></div>
      <ActionProblem :error="error" />
      <template v-if="data">
        <div class="grid" data-testid="offer-totals">
          <Stat testid="tile-programmes" :label="$t('offer.activeProgrammes')" :value="number(data.totals.programmes)" />
          <Stat testid="tile-first-year-seats" :label="$t('offer.firstYearSeats')" :value="number(data.totals.firstYearSeats)" />
          <Stat testid="tile-total-seats" :label="$t('offer.totalSeats')" :value="number(data.totals.totalSeats)" :hint="$t('offer.allYears')" />
        </div>
        <section class="card" style="margin-block-start: 1rem" v-if="data.poles.length">
          <h2>{{ $t('offer.firstYearSeatsPerPole') }}</h2>
          <ChartCanvas type="bar" horizontal stacked :labels="chart.labels" :datasets="chart.datasets" :label="$t('offer.firstYearSeatsPerPole')" />
        </section>
        <section class="card">
          <h2>{{ $t('offer.perPoleAndLevel') }}</h2>
          <div class="table-wrap" data-testid="offer-summary-table">
            <table>
              <thead><tr>
                <th scope="col">{{ $t('offer.pole') }}</th><th scope="col">{{ $t('offer.level') }}</th>
                <th scope="col" class="num">{{ $t('offer.activeProgrammes') }}</th>
                <th scope="col" class="num">{{ $t('offer.firstYearSeats') }}</th>
                <th scope="col" class="num">{{ $t('offer.totalSeats') }}</th>
              </tr></thead>
              <tbody>
                <template v-for="p in data.poles" :key="p.poleId">
                  <tr class="group-row">
                    <th scope="row">{{ name(p.name) }}</th><td>{{ $t('common.total') }}</td>
                    <td class="num">{{ number(p.counts.programmes) }}</td><td class="num">{{ number(p.counts.firstYearSeats) }}</td>
                    <td class="num">{{ number(p.counts.totalSeats) }}</td>
                  </tr>
                  <tr v-for="l in p.levels" :key="p.poleId + l.level">
                    <td></td><td>{{ $t('level.' + l.level) }}</td>
                    <td class="num">{{ number(l.counts.programmes) }}</td><td class="num">{{ number(l.counts.firstYearSeats) }}</td>
                    <td class="num">{{ number(l.counts.totalSeats) }}</td>
                  </tr>
                </template>
                <tr v-if="!data.poles.length"><td colspan="5" class="empty">{{ $t('table.empty') }}</td></tr>
              </tbody>
              <tfoot v-if="data.poles.length"><tr class="group-row">
                <th scope="row" colspan="2">{{ $t('offer.city') }}</th>
                <td class="num">{{ number(data.totals.programmes) }}</td><td class="num">{{ number(data.totals.firstYearSeats) }}</td>
                <td class="num">{{ number(data.totals.totalSeats) }}</td>
              </tr></tfoot>
            </table>
          </div>
        </section>
      </template>
    </div>`,
});

export default {
  id: 'offer',
  nav: [
    { section: 'city', to: '/city/offer/programmes', label: 'offer.nav.programmes', roles: ROLES.city },
    { section: 'city', to: '/city/offer/poles', label: 'offer.nav.poles', roles: ROLES.city },
    { section: 'city', to: '/city/offer/summary', label: 'offer.nav.summary', roles: ROLES.city },
  ],
  routes: [
    { path: '/city/offer/programmes', component: ProgrammeList, meta: { roles: ROLES.city } },
    { path: '/city/offer/programmes/new', component: ProgrammeNew, meta: { roles: ROLES.director } },
    { path: '/city/offer/programmes/:id', component: ProgrammeDetail, props: true, meta: { roles: ROLES.city } },
    { path: '/city/offer/poles', component: Poles, meta: { roles: ROLES.city } },
    { path: '/city/offer/summary', component: Summary, meta: { roles: ROLES.city } },
  ],
  messages,
};
