// The boarding-house screens: wings and rooms, the year's allocation policy, the applications,
// the allocation run and its waitlists, the bed assignments with check-in and check-out, and the
// figures (occupancy by sex and for the house, the 16 % target, catering; docs/boarding-figures.md).
import { defineComponent, ref, reactive, computed, watch, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../../api.js';
import { hasRole } from '../../session.js';
import { name, number, percent, date, dateTime } from '../../format.js';
import { useLoad } from '../../components/index.js';
import { useAction, codeOptions, nameOptions, shortId, today, openingYear, int, ltr, kit } from '../staff/kit.js';

export const READERS = ['city-director', 'campus-manager', 'registrar', 'finance-officer'];
export const WRITERS = ['city-director', 'campus-manager'];
const APPLICATION_STATUSES = ['PENDING', 'WAITLISTED', 'HOUSED', 'LEFT', 'WITHDRAWN'];

/** The wings and every room with its beds (the house has a few hundred beds at most). */
function useHouse() {
  const wings = ref([]);
  const rooms = ref([]);
  async function load() {
    const [w, r] = await Promise.all([api.get('/v1/boarding/wings'), api.get('/v1/boarding/rooms', { size: 500 })]);
    wings.value = w;
    rooms.value = r.items;
  }
  const beds = computed(() => {
    const map = new Map();
    for (const room of rooms.value) for (const bed of room.beds) map.set(bed.id, { ...bed, room: room.code, wingId: room.wingId, sex: room.sex });
    return map;
  });
  const bedCode = (id) => beds.value.get(id)?.code || shortId(id);
  return { wings, rooms, beds, bedCode, load };
}

const yesNo = (t, v) => t(`campus.yesNo.${Boolean(v)}`);

export const HouseScreen = defineComponent({
  name: 'BoardingHouse',
  components: kit,
  setup() {
    const { t } = useI18n();
    const house = useHouse();
    const wingsData = house.wings;
    const error = ref(null);
    const filter = reactive({ wing: '', page: 0 });
    const { data: rooms, error: roomsError, run: loadRooms } = useLoad(() => api.get('/v1/boarding/rooms', { wing: filter.wing, page: filter.page, size: 20 }));
    const wingForm = reactive({ code: '', nameFr: '', nameAr: '', sex: 'F' });
    const roomForm = reactive({ code: '', wingId: '', beds: '4' });
    const wingAction = useAction();
    const roomAction = useAction();
    async function load() {
      try { await house.load(); } catch (e) { error.value = e; }
    }
    onMounted(() => { load(); loadRooms(); });
    watch(() => filter.wing, () => { filter.page = 0; loadRooms(); });
    const bedsPerWing = (id) => house.rooms.value.filter((r) => r.wingId === id).reduce((n, r) => n + r.beds.length, 0);
    const roomsPerWing = (id) => house.rooms.value.filter((r) => r.wingId === id).length;
    const wingColumns = computed(() => [
      { key: 'code', label: t('common.code') },
      { key: 'name', label: t('common.name'), value: (r) => name(r.name) },
      { key: 'sex', label: t('boarding.sex'), value: (r) => t(`boarding.sexes.${r.sex}`) },
      { key: 'rooms', label: t('boarding.rooms'), num: true, value: (r) => number(roomsPerWing(r.id)) },
      { key: 'beds', label: t('boarding.beds'), num: true, value: (r) => number(bedsPerWing(r.id)) },
    ]);
    const wingName = (id) => name(house.wings.value.find((w) => w.id === id)?.name) || shortId(id);
    const roomColumns = computed(() => [
      { key: 'code', label: t('boarding.room') },
      { key: 'wingId', label: t('boarding.wing'), value: (r) => wingName(r.wingId) },
      { key: 'sex', label: t('boarding.sex'), value: (r) => t(`boarding.sexes.${r.sex}`) },
      { key: 'count', label: t('boarding.beds'), num: true, value: (r) => number(r.beds.length) },
      { key: 'beds', label: t('boarding.bedCodes'), value: (r) => r.beds.map((b) => b.code).join(' · ') },
    ]);
    const wingOptions = computed(() => nameOptions(house.wings.value, t('common.all')));
    const wingPick = computed(() => nameOptions(house.wings.value, t('boarding.pickWing')));
    const sexes = computed(() => codeOptions(t, 'boarding.sexes', ['F', 'M']));
    async function createWing() {
      const w = await wingAction.run(() => api.post('/v1/boarding/wings', { code: wingForm.code, name: { fr: wingForm.nameFr, ar: wingForm.nameAr }, sex: wingForm.sex }), 'boarding.wingCreated');
      if (w) { Object.assign(wingForm, { code: '', nameFr: '', nameAr: '' }); load(); }
    }
    async function createRoom() {
      const r = await roomAction.run(() => api.post('/v1/boarding/rooms', { code: roomForm.code, wingId: roomForm.wingId, beds: int(roomForm.beds) }), 'boarding.roomCreated');
      if (r) { roomForm.code = ''; load(); loadRooms(); }
    }
    const page = (p) => { filter.page = p; loadRooms(); };
    return { house, wingsData, error, rooms, roomsError, filter, wingColumns, roomColumns, wingOptions, wingPick, sexes, wingForm, roomForm, wingAction, roomAction, createWing, createRoom, page, canWrite: hasRole(...WRITERS) };
  },
  template: `
    <section>
      <ProblemAlert :error="error" />
      <section class="card">
        <h2>{{ $t('boarding.wings') }}</h2>
        <DataTable testid="wings-table" :columns="wingColumns" :rows="wingsData" />
      </section>
      <form v-if="canWrite" class="form card" data-testid="wing-form" @submit.prevent="createWing" novalidate>
        <h2>{{ $t('boarding.newWing') }}</h2>
        <OkAlert :text="wingAction.ok.value" />
        <Refusal :error="wingAction.error.value" />
        <Field :label="$t('common.code')" name="code" v-model="wingForm.code" :error="wingAction.error.value" required dir="ltr" />
        <Field :label="$t('common.nameFr')" name="name.fr" v-model="wingForm.nameFr" :error="wingAction.error.value" required dir="ltr" />
        <Field :label="$t('common.nameAr')" name="name.ar" v-model="wingForm.nameAr" :error="wingAction.error.value" required dir="rtl" />
        <Field :label="$t('boarding.sex')" name="sex" v-model="wingForm.sex" :options="sexes" :error="wingAction.error.value" required />
        <div class="actions"><button type="submit" :disabled="wingAction.busy.value">{{ $t('boarding.openWing') }}</button></div>
      </form>
      <section class="card">
        <h2>{{ $t('boarding.rooms') }}</h2>
        <div class="toolbar"><Field :label="$t('boarding.wing')" name="wing" v-model="filter.wing" :options="wingOptions" /></div>
        <ProblemAlert :error="roomsError" />
        <DataTable v-if="rooms" testid="rooms-table" :columns="roomColumns" :rows="rooms.items" :page="rooms" @page="page" />
      </section>
      <form v-if="canWrite" class="form card" data-testid="room-form" @submit.prevent="createRoom" novalidate>
        <h2>{{ $t('boarding.newRoom') }}</h2>
        <OkAlert :text="roomAction.ok.value" />
        <Refusal :error="roomAction.error.value" />
        <Field :label="$t('boarding.room')" name="code" v-model="roomForm.code" :error="roomAction.error.value" required dir="ltr" :help="$t('boarding.roomHelp')" />
        <Field :label="$t('boarding.wing')" name="wingId" v-model="roomForm.wingId" :options="wingPick" :error="roomAction.error.value" required />
        <Field :label="$t('boarding.beds')" type="number" min="1" name="beds" v-model="roomForm.beds" :error="roomAction.error.value" required />
        <div class="actions"><button type="submit" :disabled="roomAction.busy.value">{{ $t('boarding.addRoom') }}</button></div>
      </form>
    </section>`,
});

export const PolicyScreen = defineComponent({
  name: 'BoardingPolicy',
  components: kit,
  setup() {
    const year = ref(openingYear());
    const policy = ref(null);
    const missing = ref(false);
    const error = ref(null);
    const form = reactive({ remoteAreaPoints: '', pointsPer10Km: '', socialNeedPoints: '', disabilityPoints: '', startsOn: '', endsOn: '' });
    const action = useAction();
    function fill(p) {
      const start = Number(year.value.slice(0, 4));
      Object.assign(form, p ? {
        remoteAreaPoints: String(p.remoteAreaPoints), pointsPer10Km: String(p.pointsPer10Km), socialNeedPoints: String(p.socialNeedPoints),
        disabilityPoints: String(p.disabilityPoints), startsOn: p.startsOn, endsOn: p.endsOn,
      } : { remoteAreaPoints: '', pointsPer10Km: '', socialNeedPoints: '', disabilityPoints: '', startsOn: `${start}-09-01`, endsOn: `${start + 1}-07-01` });
    }
    async function load() {
      error.value = null;
      missing.value = false;
      policy.value = null;
      action.reset();
      try {
        policy.value = await api.get(`/v1/boarding/policies/${year.value}`);
      } catch (e) {
        if (e.status === 404) missing.value = true; else error.value = e;
      }
      fill(policy.value);
    }
    onMounted(load);
    watch(year, load);
    async function define() {
      const p = await action.run(() => api.put(`/v1/boarding/policies/${year.value}`, {
        remoteAreaPoints: int(form.remoteAreaPoints), pointsPer10Km: int(form.pointsPer10Km), socialNeedPoints: int(form.socialNeedPoints),
        disabilityPoints: int(form.disabilityPoints), startsOn: form.startsOn, endsOn: form.endsOn,
      }), 'boarding.policyDefined');
      if (p) { policy.value = p; missing.value = false; }
    }
    return { year, policy, missing, error, form, action, define, date, number, ltr, canDefine: hasRole('city-director') };
  },
  template: `
    <section>
      <div class="toolbar"><YearPicker v-model="year" /></div>
      <ProblemAlert :error="error" />
      <p v-if="missing" class="alert info" role="status" data-testid="policy-missing">{{ $t('boarding.noPolicy', { year: ltr(year) }) }}</p>
      <div v-if="policy" class="card" data-testid="policy-view">
        <h2>{{ $t('boarding.policyOf', { year: ltr(year) }) }}</h2>
        <dl class="facts">
          <dt>{{ $t('boarding.remoteAreaPoints') }}</dt><dd>{{ number(policy.remoteAreaPoints) }}</dd>
          <dt>{{ $t('boarding.pointsPer10Km') }}</dt><dd>{{ number(policy.pointsPer10Km) }}</dd>
          <dt>{{ $t('boarding.socialNeedPoints') }}</dt><dd>{{ number(policy.socialNeedPoints) }}</dd>
          <dt>{{ $t('boarding.disabilityPoints') }}</dt><dd>{{ number(policy.disabilityPoints) }}</dd>
          <dt>{{ $t('boarding.period') }}</dt><dd>{{ $t('boarding.fromTo', { from: date(policy.startsOn), to: date(policy.endsOn) }) }}</dd>
        </dl>
        <p class="muted">{{ $t('boarding.policyHelp') }}</p>
      </div>
      <form v-if="canDefine" class="form card" data-testid="policy-form" @submit.prevent="define" novalidate>
        <h2>{{ policy ? $t('boarding.changePolicy') : $t('boarding.definePolicy') }}</h2>
        <OkAlert :text="action.ok.value" />
        <Refusal :error="action.error.value" />
        <Field :label="$t('boarding.remoteAreaPoints')" type="number" min="0" name="remoteAreaPoints" v-model="form.remoteAreaPoints" :error="action.error.value" required />
        <Field :label="$t('boarding.pointsPer10Km')" type="number" min="0" name="pointsPer10Km" v-model="form.pointsPer10Km" :error="action.error.value" required />
        <Field :label="$t('boarding.socialNeedPoints')" type="number" min="0" name="socialNeedPoints" v-model="form.socialNeedPoints" :error="action.error.value" required />
        <Field :label="$t('boarding.disabilityPoints')" type="number" min="0" name="disabilityPoints" v-model="form.disabilityPoints" :error="action.error.value" required />
        <Field :label="$t('boarding.startsOn')" type="date" name="startsOn" v-model="form.startsOn" :error="action.error.value" required />
        <Field :label="$t('boarding.endsOn')" type="date" name="endsOn" v-model="form.endsOn" :error="action.error.value" required :help="$t('boarding.endsOnHelp')" />
        <div class="actions"><button type="submit" :disabled="action.busy.value" data-testid="policy-save">{{ $t('common.save') }}</button></div>
      </form>
    </section>`,
});

export const ApplicationsScreen = defineComponent({
  name: 'BoardingApplications',
  components: kit,
  setup() {
    const { t } = useI18n();
    const filter = reactive({ academicYear: openingYear(), status: '', page: 0 });
    const { data, error, loading, run } = useLoad(() => api.get('/v1/boarding/applications', { ...filter, size: 20 }));
    onMounted(run);
    watch(() => [filter.academicYear, filter.status], () => { filter.page = 0; run(); });
    const form = reactive({ traineeId: '', distanceKm: '', socialNeed: false });
    const create = useAction();
    const row = useAction();
    const editing = ref(null);
    const criteria = reactive({ distanceKm: '', socialNeed: false });
    const columns = computed(() => [
      { key: 'traineeId', label: t('campus.trainee'), value: (r) => shortId(r.traineeId) },
      { key: 'sex', label: t('boarding.sex'), value: (r) => t(`boarding.sexes.${r.sex}`) },
      { key: 'distanceKm', label: t('boarding.distanceKm'), num: true, value: (r) => number(r.distanceKm) },
      { key: 'remoteArea', label: t('boarding.remoteArea'), value: (r) => yesNo(t, r.remoteArea) },
      { key: 'socialNeed', label: t('boarding.socialNeed'), value: (r) => yesNo(t, r.socialNeed) },
      { key: 'disability', label: t('boarding.disability'), value: (r) => yesNo(t, r.disability) },
      { key: 'score', label: t('boarding.score'), num: true, value: (r) => (r.score == null ? '—' : number(r.score)) },
      { key: 'submittedAt', label: t('boarding.submittedAt'), value: (r) => dateTime(r.submittedAt) },
      { key: 'status', label: t('common.status') },
      { key: 'actions', label: t('common.actions') },
    ]);
    const statuses = computed(() => codeOptions(t, 'boarding.applicationStatuses', APPLICATION_STATUSES, true));
    async function submit() {
      const a = await create.run(() => api.post('/v1/boarding/applications', {
        traineeId: form.traineeId || null, academicYear: filter.academicYear, distanceKm: int(form.distanceKm), socialNeed: form.socialNeed,
      }), 'boarding.applied');
      if (a) { Object.assign(form, { traineeId: '', distanceKm: '', socialNeed: false }); run(); }
    }
    function edit(a) {
      editing.value = a;
      criteria.distanceKm = String(a.distanceKm);
      criteria.socialNeed = a.socialNeed;
      row.reset();
    }
    async function declare() {
      const a = await row.run(() => api.put(`/v1/boarding/applications/${editing.value.id}/criteria`, {
        distanceKm: int(criteria.distanceKm), socialNeed: criteria.socialNeed, version: editing.value.version,
      }), 'boarding.criteriaSaved');
      if (a) { editing.value = null; run(); }
    }
    async function withdraw(a) {
      editing.value = null;
      if (await row.run(() => api.post(`/v1/boarding/applications/${a.id}/withdrawal`), 'boarding.withdrawn')) run();
    }
    const page = (p) => { filter.page = p; run(); };
    return { filter, data, error, loading, columns, statuses, form, create, submit, ltr, row, editing, criteria, edit, declare, withdraw, page, canWrite: hasRole(...WRITERS) };
  },
  template: `
    <section>
      <div class="toolbar">
        <YearPicker v-model="filter.academicYear" />
        <Field :label="$t('common.status')" name="status" v-model="filter.status" :options="statuses" />
      </div>
      <ProblemAlert :error="error" />
      <OkAlert :text="row.ok.value" />
      <Refusal v-if="!editing" :error="row.error.value" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <DataTable v-if="data" testid="boarding-applications-table" :columns="columns" :rows="data.items" :page="data" @page="page">
        <template #cell-traineeId="{ row }"><bdi :title="row.traineeId">{{ row.traineeId.slice(0, 8) }}</bdi></template>
        <template #cell-status="{ row }"><span class="badge" :class="{ ok: row.status === 'HOUSED', bad: row.status === 'WITHDRAWN' }">{{ $t('boarding.applicationStatuses.' + row.status) }}</span></template>
        <template #cell-actions="{ row: a }">
          <span v-if="canWrite" class="campus-actions">
            <button v-if="a.status === 'PENDING' || a.status === 'WAITLISTED'" type="button" class="secondary" @click="edit(a)">{{ $t('boarding.declare') }}</button>
            <button v-if="a.status !== 'WITHDRAWN' && a.status !== 'LEFT'" type="button" class="secondary" :data-testid="'withdraw-' + a.id" @click="withdraw(a)">{{ $t('boarding.withdraw') }}</button>
          </span>
        </template>
      </DataTable>
      <form v-if="editing" class="form card" data-testid="criteria-form" @submit.prevent="declare" novalidate>
        <h2>{{ $t('boarding.criteriaOf', { id: editing.traineeId.slice(0, 8) }) }}</h2>
        <Refusal :error="row.error.value" />
        <Field :label="$t('boarding.distanceKm')" type="number" min="0" name="distanceKm" v-model="criteria.distanceKm" :error="row.error.value" required />
        <CheckField :label="$t('boarding.socialNeed')" name="socialNeed" v-model="criteria.socialNeed" />
        <div class="actions">
          <button type="submit" :disabled="row.busy.value">{{ $t('common.save') }}</button>
          <button type="button" class="secondary" @click="editing = null">{{ $t('common.cancel') }}</button>
        </div>
      </form>
      <form v-if="canWrite" class="form card" data-testid="boarding-application-form" @submit.prevent="submit" novalidate>
        <h2>{{ $t('boarding.newApplication', { year: ltr(filter.academicYear) }) }}</h2>
        <p class="muted">{{ $t('boarding.applicationHelp') }}</p>
        <OkAlert :text="create.ok.value" />
        <Refusal :error="create.error.value" />
        <TraineeField v-model="form.traineeId" :error="create.error.value" :year="filter.academicYear" status="ACTIVE" required />
        <Field :label="$t('boarding.distanceKm')" type="number" min="0" name="distanceKm" v-model="form.distanceKm" :error="create.error.value" required />
        <CheckField :label="$t('boarding.socialNeed')" name="socialNeed" v-model="form.socialNeed" testid="social-need" />
        <div class="actions"><button type="submit" :disabled="create.busy.value" data-testid="boarding-apply">{{ $t('boarding.apply') }}</button></div>
      </form>
    </section>`,
});

export const AllocationScreen = defineComponent({
  name: 'BoardingAllocation',
  components: kit,
  setup() {
    const { t } = useI18n();
    const year = ref(openingYear());
    const sex = ref('F');
    const wings = ref([]);
    const chosen = reactive({});
    const action = useAction();
    const result = ref(null);
    const { data: waitlist, error, loading, run } = useLoad(() => api.get(`/v1/boarding/allocation/${year.value}/waitlist`, { sex: sex.value }));
    onMounted(async () => {
      run();
      wings.value = await api.get('/v1/boarding/wings').catch(() => []);
    });
    watch([year, sex], run);
    watch(year, () => { result.value = null; action.reset(); });
    async function allocate() {
      const ids = wings.value.filter((w) => chosen[w.id]).map((w) => w.id);
      const r = await action.run(() => api.post(`/v1/boarding/allocation/${year.value}/runs`, ids.length ? { wingIds: ids } : {}), 'boarding.ran');
      if (r) { result.value = r; run(); }
    }
    const columns = computed(() => [
      { key: 'position', label: t('boarding.position'), num: true, value: (r) => number(r.position) },
      { key: 'traineeId', label: t('campus.trainee'), value: (r) => shortId(r.traineeId) },
      { key: 'score', label: t('boarding.score'), num: true, value: (r) => number(r.score) },
      { key: 'distanceKm', label: t('boarding.distanceKm'), num: true, value: (r) => number(r.distanceKm) },
      { key: 'submittedAt', label: t('boarding.submittedAt'), value: (r) => dateTime(r.submittedAt) },
    ]);
    const sexes = computed(() => codeOptions(t, 'boarding.sexes', ['F', 'M']));
    return { year, sex, wings, chosen, action, result, allocate, ltr, waitlist, error, loading, columns, sexes, name, number, canRun: hasRole(...WRITERS) };
  },
  template: `
    <section>
      <div class="toolbar"><YearPicker v-model="year" /></div>
      <form v-if="canRun" class="form card" data-testid="allocation-form" @submit.prevent="allocate" novalidate>
        <h2>{{ $t('boarding.runTitle', { year: ltr(year) }) }}</h2>
        <p class="muted">{{ $t('boarding.runHelp') }}</p>
        <Refusal :error="action.error.value" />
        <fieldset class="campus-fieldset">
          <legend>{{ $t('boarding.runWings') }}</legend>
          <CheckField v-for="w in wings" :key="w.id" :label="name(w.name)" :name="'wing-' + w.code" v-model="chosen[w.id]" />
        </fieldset>
        <div class="actions"><button type="submit" :disabled="action.busy.value" data-testid="boarding-run">{{ $t('boarding.run') }}</button></div>
      </form>
      <div v-if="result" class="alert ok" role="status" data-testid="boarding-run-result">
        {{ $t('boarding.runResult', { ranked: number(result.ranked), assigned: number(result.assigned), waitlisted: number(result.waitlisted) }) }}
      </div>
      <section class="card">
        <h2>{{ $t('boarding.waitlist') }}</h2>
        <div class="toolbar"><Field :label="$t('boarding.sex')" name="sex" v-model="sex" :options="sexes" /></div>
        <ProblemAlert :error="error" />
        <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
        <DataTable testid="boarding-waitlist" :columns="columns" :rows="waitlist || []" row-key="applicationId">
          <template #cell-traineeId="{ row }"><bdi :title="row.traineeId">{{ row.traineeId.slice(0, 8) }}</bdi></template>
        </DataTable>
      </section>
    </section>`,
});

export const AssignmentsScreen = defineComponent({
  name: 'BoardingAssignments',
  components: kit,
  setup() {
    const { t } = useI18n();
    const house = useHouse();
    const filter = reactive({ academicYear: openingYear(), page: 0 });
    const { data, error, loading, run } = useLoad(() => api.get('/v1/boarding/assignments', { ...filter, size: 20 }));
    const waiting = ref([]);
    const form = reactive({ applicationId: '', bedId: '' });
    const assign = useAction();
    const step = useAction();
    const acting = ref(null);
    const day = ref(today());
    async function loadWaiting() {
      const [p, w] = await Promise.all(['PENDING', 'WAITLISTED'].map((status) => api.get('/v1/boarding/applications', { academicYear: filter.academicYear, status, size: 500 })));
      waiting.value = [...w.items, ...p.items];
    }
    onMounted(() => { run(); house.load().catch((e) => { error.value = e; }); if (hasRole(...WRITERS)) loadWaiting().catch(() => {}); });
    watch(() => filter.academicYear, () => { filter.page = 0; run(); if (hasRole(...WRITERS)) loadWaiting().catch(() => {}); });
    const columns = computed(() => [
      { key: 'bedId', label: t('boarding.bed'), value: (r) => house.bedCode(r.bedId) },
      { key: 'traineeId', label: t('campus.trainee'), value: (r) => shortId(r.traineeId) },
      { key: 'sex', label: t('boarding.sex'), value: (r) => t(`boarding.sexes.${r.sex}`) },
      { key: 'period', label: t('boarding.period'), value: (r) => t('boarding.fromTo', { from: date(r.startsOn), to: date(r.endsOn) }) },
      { key: 'checkedInOn', label: t('boarding.checkedInOn'), value: (r) => date(r.checkedInOn) },
      { key: 'checkedOutOn', label: t('boarding.checkedOutOn'), value: (r) => date(r.checkedOutOn) },
      { key: 'status', label: t('common.status') },
      { key: 'actions', label: t('common.actions') },
    ]);
    const application = computed(() => waiting.value.find((a) => a.id === form.applicationId));
    const applicationOptions = computed(() => [{ value: '', label: t('boarding.pickApplication') },
      ...waiting.value.map((a) => ({ value: a.id, label: t('boarding.applicationOption', { id: shortId(a.traineeId), sex: t(`boarding.sexes.${a.sex}`), status: t(`boarding.applicationStatuses.${a.status}`), score: a.score == null ? '—' : number(a.score) }) }))]);
    const bedOptions = computed(() => [{ value: '', label: t('boarding.pickBed') },
      ...[...house.beds.value.values()].filter((b) => !application.value || b.sex === application.value.sex).map((b) => ({ value: b.id, label: b.code }))]);
    async function submit() {
      const a = await assign.run(() => api.post('/v1/boarding/assignments', { applicationId: form.applicationId || null, bedId: form.bedId || null }), 'boarding.bedAssigned');
      if (a) { Object.assign(form, { applicationId: '', bedId: '' }); run(); loadWaiting().catch(() => {}); }
    }
    function open(row, kind) {
      acting.value = { row, kind };
      day.value = today();
      step.reset();
    }
    async function confirm() {
      const { row, kind } = acting.value;
      const done = await step.run(() => api.post(`/v1/boarding/assignments/${row.id}/${kind}`, { on: day.value }), kind === 'check-in' ? 'boarding.checkedIn' : 'boarding.checkedOut');
      if (done) { acting.value = null; run(); }
    }
    const page = (p) => { filter.page = p; run(); };
    return { filter, data, error, loading, columns, house, form, assign, submit, applicationOptions, bedOptions, step, acting, day, open, confirm, page, canWrite: hasRole(...WRITERS) };
  },
  template: `
    <section>
      <div class="toolbar"><YearPicker v-model="filter.academicYear" /></div>
      <ProblemAlert :error="error" />
      <OkAlert :text="step.ok.value" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <DataTable v-if="data" testid="boarding-assignments-table" :columns="columns" :rows="data.items" :page="data" @page="page">
        <template #cell-traineeId="{ row }"><bdi :title="row.traineeId">{{ row.traineeId.slice(0, 8) }}</bdi></template>
        <template #cell-status="{ row }"><span class="badge" :class="{ ok: row.status === 'CHECKED_IN', bad: row.status === 'CANCELLED' }">{{ $t('boarding.assignmentStatuses.' + row.status) }}</span></template>
        <template #cell-actions="{ row }">
          <span v-if="canWrite" class="campus-actions">
            <button v-if="row.status === 'RESERVED'" type="button" class="secondary" :data-testid="'check-in-' + row.id" @click="open(row, 'check-in')">{{ $t('boarding.checkIn') }}</button>
            <button v-if="row.status === 'CHECKED_IN'" type="button" class="secondary" :data-testid="'check-out-' + row.id" @click="open(row, 'check-out')">{{ $t('boarding.checkOut') }}</button>
          </span>
        </template>
      </DataTable>
      <form v-if="acting" class="form card" data-testid="check-form" @submit.prevent="confirm" novalidate>
        <h2>{{ $t(acting.kind === 'check-in' ? 'boarding.checkInOf' : 'boarding.checkOutOf', { bed: house.bedCode(acting.row.bedId) }) }}</h2>
        <p v-if="acting.kind === 'check-out'" class="muted">{{ $t('boarding.checkOutHelp') }}</p>
        <Refusal :error="step.error.value" />
        <Field :label="$t('boarding.day')" type="date" name="on" v-model="day" :error="step.error.value" required />
        <div class="actions">
          <button type="submit" :disabled="step.busy.value">{{ $t(acting.kind === 'check-in' ? 'boarding.checkIn' : 'boarding.checkOut') }}</button>
          <button type="button" class="secondary" @click="acting = null">{{ $t('common.cancel') }}</button>
        </div>
      </form>
      <form v-if="canWrite" class="form card" data-testid="bed-assign-form" @submit.prevent="submit" novalidate>
        <h2>{{ $t('boarding.assignBed') }}</h2>
        <p class="muted">{{ $t('boarding.assignHelp') }}</p>
        <OkAlert :text="assign.ok.value" />
        <Refusal :error="assign.error.value" />
        <Field :label="$t('boarding.application')" name="applicationId" v-model="form.applicationId" :options="applicationOptions" :error="assign.error.value" required />
        <Field :label="$t('boarding.bed')" name="bedId" v-model="form.bedId" :options="bedOptions" :error="assign.error.value" required />
        <div class="actions"><button type="submit" :disabled="assign.busy.value">{{ $t('boarding.assign') }}</button></div>
      </form>
    </section>`,
});

export const FiguresScreen = defineComponent({
  name: 'BoardingFigures',
  components: kit,
  setup() {
    const { t } = useI18n();
    const year = ref(openingYear());
    const on = ref(today());
    const { data, error, loading, run } = useLoad(() => api.get(`/v1/boarding/figures/${year.value}`, { on: on.value }));
    onMounted(run);
    watch([year, on], run);
    const pct = (v) => percent(v, { alreadyPercent: true });
    const tiles = computed(() => {
      const d = data.value;
      if (!d) return [];
      return [
        { id: 'beds', label: t('boarding.beds'), value: number(d.house.beds), hint: t('boarding.allocatedHint', { n: number(d.house.allocatedBeds) }) },
        { id: 'occupancy', label: t('boarding.occupancy'), value: pct(d.house.occupancyRate), hint: t('boarding.occupiedHint', { n: number(d.house.occupiedBeds), beds: number(d.house.beds) }) },
        { id: 'housed-share', label: t('boarding.housedShare'), value: pct(d.housedShare), hint: t('boarding.housedHint', { n: number(d.housedTrainees), trainees: number(d.trainees) }) },
        { id: 'target', label: t('boarding.target'), value: pct(d.targetShare), hint: t('boarding.atTargetHint', { n: number(d.housedAtTarget) }) },
        { id: 'shortfall', label: t('boarding.shortfall'), value: number(d.shortfall), hint: t('boarding.shortfallHint') },
        { id: 'waitlisted', label: t('boarding.waitlisted'), value: number(d.house.waitlisted), hint: t('boarding.pendingHint', { n: number(d.pendingApplications), all: number(d.applications) }) },
        { id: 'meals', label: t('boarding.mealsPerDay'), value: number(d.catering.mealsPerDay), hint: t('boarding.boardersHint', { n: number(d.catering.boardersPresent) }) },
      ];
    });
    const rows = computed(() => (data.value ? [...data.value.bySex.map((s) => ({ ...s, label: t(`boarding.sexes.${s.sex}`) })), { ...data.value.house, sex: 'house', label: t('boarding.house') }] : []));
    const columns = computed(() => [
      { key: 'label', label: t('boarding.wingType') },
      { key: 'beds', label: t('boarding.beds'), num: true, value: (r) => number(r.beds) },
      { key: 'allocatedBeds', label: t('boarding.allocatedBeds'), num: true, value: (r) => number(r.allocatedBeds) },
      { key: 'occupiedBeds', label: t('boarding.occupiedBeds'), num: true, value: (r) => number(r.occupiedBeds) },
      { key: 'occupancyRate', label: t('boarding.occupancy'), num: true, value: (r) => pct(r.occupancyRate) },
      { key: 'waitlisted', label: t('boarding.waitlisted'), num: true, value: (r) => number(r.waitlisted) },
    ]);
    const chart = computed(() => ({
      labels: rows.value.map((r) => r.label),
      datasets: [
        { label: t('boarding.beds'), data: rows.value.map((r) => r.beds) },
        { label: t('boarding.allocatedBeds'), data: rows.value.map((r) => r.allocatedBeds) },
        { label: t('boarding.occupiedBeds'), data: rows.value.map((r) => r.occupiedBeds) },
        { label: t('boarding.waitlisted'), data: rows.value.map((r) => r.waitlisted) },
      ],
    }));
    const targetChart = computed(() => (data.value ? {
      labels: [t('boarding.trainees')],
      datasets: [
        { label: t('boarding.housedTrainees'), data: [data.value.housedTrainees] },
        { label: t('boarding.housedAtTarget'), data: [data.value.housedAtTarget] },
      ],
    } : { labels: [], datasets: [] }));
    return { year, on, data, error, loading, tiles, rows, columns, chart, targetChart, number, date, ltr };
  },
  template: `
    <section data-testid="boarding-figures">
      <div class="toolbar">
        <YearPicker v-model="year" />
        <Field :label="$t('boarding.figuresOn')" type="date" name="on" v-model="on" />
      </div>
      <ProblemAlert :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <div class="grid" data-testid="boarding-tiles">
        <Stat v-for="tile in tiles" :key="tile.id" :testid="'boarding-tile-' + tile.id" :label="tile.label" :value="tile.value" :hint="tile.hint" />
      </div>
      <div v-if="data" class="grid two" style="margin-block-start: 1rem">
        <section class="card">
          <h2>{{ $t('boarding.occupancyBySex') }}</h2>
          <ChartCanvas type="bar" :labels="chart.labels" :datasets="chart.datasets" :label="$t('boarding.occupancyBySex')" />
        </section>
        <section class="card">
          <h2>{{ $t('boarding.targetTitle') }}</h2>
          <ChartCanvas type="bar" horizontal :labels="targetChart.labels" :datasets="targetChart.datasets" :label="$t('boarding.targetTitle')" />
        </section>
      </div>
      <section v-if="data" class="card">
        <h2>{{ $t('boarding.occupancyOn', { date: date(data.on) }) }}</h2>
        <DataTable testid="boarding-occupancy-table" :columns="columns" :rows="rows" row-key="sex" />
      </section>
      <section v-if="data" class="card" data-testid="boarding-catering">
        <h2>{{ $t('boarding.catering') }}</h2>
        <dl class="facts">
          <dt>{{ $t('boarding.boardersPresent') }}</dt><dd>{{ number(data.catering.boardersPresent) }}</dd>
          <dt>{{ $t('boarding.breakfasts') }}</dt><dd>{{ number(data.catering.breakfasts) }}</dd>
          <dt>{{ $t('boarding.lunches') }}</dt><dd>{{ number(data.catering.lunches) }}</dd>
          <dt>{{ $t('boarding.dinners') }}</dt><dd>{{ number(data.catering.dinners) }}</dd>
          <dt>{{ $t('boarding.mealsPerDay') }}</dt><dd>{{ number(data.catering.mealsPerDay) }}</dd>
        </dl>
        <p class="muted">{{ $t('boarding.figuresNote') }}</p>
      </section>
    </section>`,
});
