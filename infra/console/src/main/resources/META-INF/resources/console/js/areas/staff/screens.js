// The staff screens: the register of trainers and administrative staff, one member (edit,
// departure, their teaching), the teaching assignments within each trainer's weekly ceiling, and
// the year's staff figures per pole (docs/staff-figures.md).
import { defineComponent, ref, reactive, computed, watch, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter, useRoute } from 'vue-router';
import { api } from '../../api.js';
import { hasRole } from '../../session.js';
import { name, number, percent, date } from '../../format.js';
import { useLoad } from '../../components/index.js';
import { useAction, codeOptions, nameOptions, useOffer, shortId, today, openingYear, compact, int, traineesOf, TRAINEE_READERS, ltr, kit } from './kit.js';

export const READERS = ['city-director', 'registrar', 'trainer'];
export const ASSIGNERS = ['city-director', 'registrar'];
const KINDS = ['TRAINER', 'ADMINISTRATIVE'];
const CONTRACTS = ['PERMANENT', 'FIXED_TERM', 'PART_TIME_VACATION'];

/** Every staff member of the city (the register is small: 30 to 50 people), for names and pickers. */
async function allStaff(params = {}) {
  const first = await api.get('/v1/staff', { ...params, size: 500 });
  return first.items;
}

/** The training groups of an intake, from the trainee records (the only place that lists them). */
async function groupsOf(academicYear) {
  const rows = await traineesOf(academicYear);
  const groups = new Map();
  for (const r of rows) if (!groups.has(r.groupId)) groups.set(r.groupId, { id: r.groupId, code: r.groupCode, programmeId: r.programmeId });
  return [...groups.values()].sort((a, b) => String(a.code).localeCompare(String(b.code)));
}

export const StaffList = defineComponent({
  name: 'StaffList',
  components: kit,
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const { offer, pole } = useOffer();
    const filter = reactive({ kind: '', pole: '', status: 'ACTIVE', page: 0 });
    const { data, error, loading, run } = useLoad(() => api.get('/v1/staff', { ...filter, size: 20 }));
    watch(() => [filter.kind, filter.pole, filter.status], () => { filter.page = 0; run(); });
    onMounted(run);
    const columns = computed(() => [
      { key: 'employeeNumber', label: t('staff.employeeNumber') },
      { key: 'name', label: t('common.name'), value: (r) => name(r.name) },
      { key: 'kind', label: t('staff.kind'), value: (r) => t(`staff.kinds.${r.kind}`) },
      { key: 'contractType', label: t('staff.contract'), value: (r) => t(`staff.contracts.${r.contractType}`) },
      { key: 'poleId', label: t('staff.pole'), value: (r) => pole(r.poleId) },
      { key: 'weeklyCeilingHours', label: t('staff.ceiling'), num: true, value: (r) => (r.weeklyCeilingHours == null ? '—' : number(r.weeklyCeilingHours)) },
      { key: 'hiredOn', label: t('staff.hiredOn'), value: (r) => date(r.hiredOn) },
      { key: 'status', label: t('common.status') },
    ]);
    const kinds = computed(() => codeOptions(t, 'staff.kinds', KINDS, true));
    const statuses = computed(() => codeOptions(t, 'staff.statuses', ['ACTIVE', 'LEFT'], true));
    const poles = computed(() => nameOptions(offer.poles, t('common.all')));
    const page = (p) => { filter.page = p; run(); };
    const open = (row) => router.push(`/city/staff/members/${row.id}`);
    return { filter, data, error, loading, columns, kinds, statuses, poles, page, open, canWrite: hasRole('city-director') };
  },
  template: `
    <section>
      <div class="toolbar" data-testid="staff-filters">
        <Field :label="$t('staff.kind')" name="kind" v-model="filter.kind" :options="kinds" />
        <Field :label="$t('staff.pole')" name="pole" v-model="filter.pole" :options="poles" />
        <Field :label="$t('common.status')" name="status" v-model="filter.status" :options="statuses" />
        <router-link v-if="canWrite" to="/city/staff/members/new" class="button" data-testid="staff-new">{{ $t('staff.new') }}</router-link>
      </div>
      <ProblemAlert :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <DataTable v-if="data" testid="staff-table" :columns="columns" :rows="data.items" :page="data" clickable
                 :caption="$t('staff.listCaption')" @select="open" @page="page">
        <template #cell-status="{ row }"><span class="badge" :class="row.status === 'ACTIVE' ? 'ok' : 'bad'">{{ $t('staff.statuses.' + row.status) }}</span></template>
      </DataTable>
    </section>`,
});

/** The form of a staff member: a new one (every field) or a change (what may change). */
export const StaffForm = defineComponent({
  name: 'StaffForm',
  components: kit,
  props: { member: { type: Object, default: null } },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const { offer } = useOffer();
    const m = props.member;
    const form = reactive({
      employeeNumber: m?.employeeNumber || '', nationalId: m?.nationalId || '',
      nameFr: m?.name?.fr || '', nameAr: m?.name?.ar || '', kind: m?.kind || 'TRAINER',
      contractType: m?.contractType || 'PERMANENT', contractEnd: m?.contractEnd || '',
      qualifications: (m?.qualifications || []).join('\n'), poleId: m?.poleId || '',
      weeklyCeilingHours: m?.weeklyCeilingHours ?? '', hiredOn: m?.hiredOn || today(),
    });
    const action = useAction();
    const kinds = computed(() => codeOptions(t, 'staff.kinds', KINDS));
    const contracts = computed(() => codeOptions(t, 'staff.contracts', CONTRACTS));
    const poles = computed(() => nameOptions(offer.poles, t('staff.pickPole')));
    async function submit() {
      const body = compact({
        nationalId: form.nationalId.trim() || undefined,
        name: { fr: form.nameFr, ar: form.nameAr },
        contractType: form.contractType,
        contractEnd: form.contractType === 'FIXED_TERM' ? form.contractEnd : undefined,
        qualifications: form.qualifications.split('\n').map((q) => q.trim()).filter(Boolean),
        poleId: form.poleId,
        weeklyCeilingHours: form.kind === 'TRAINER' ? int(form.weeklyCeilingHours) : undefined,
      });
      const saved = await action.run(() => (m
        ? api.put(`/v1/staff/${m.id}`, { ...body, version: m.version })
        : api.post('/v1/staff', { ...body, employeeNumber: form.employeeNumber, kind: form.kind, hiredOn: form.hiredOn })));
      if (saved) emit('saved', saved);
    }
    return { form, action, kinds, contracts, poles, submit, editing: Boolean(m) };
  },
  template: `
    <form class="form card" data-testid="staff-form" @submit.prevent="submit" novalidate>
      <Refusal :error="action.error.value" />
      <Field v-if="!editing" :label="$t('staff.employeeNumber')" name="employeeNumber" v-model="form.employeeNumber" :error="action.error.value" required dir="ltr" />
      <Field v-if="!editing" :label="$t('staff.kind')" name="kind" v-model="form.kind" :options="kinds" :error="action.error.value" required />
      <Field :label="$t('staff.nameFr')" name="name.fr" v-model="form.nameFr" :error="action.error.value" required dir="ltr" />
      <Field :label="$t('staff.nameAr')" name="name.ar" v-model="form.nameAr" :error="action.error.value" required dir="rtl" />
      <Field :label="$t('staff.nationalId')" name="nationalId" v-model="form.nationalId" :error="action.error.value" dir="ltr" />
      <Field :label="$t('staff.pole')" name="poleId" v-model="form.poleId" :options="poles" :error="action.error.value" required />
      <Field :label="$t('staff.contract')" name="contractType" v-model="form.contractType" :options="contracts" :error="action.error.value" required />
      <Field v-if="form.contractType === 'FIXED_TERM'" :label="$t('staff.contractEnd')" type="date" name="contractEnd" v-model="form.contractEnd" :error="action.error.value" required />
      <Field v-if="form.kind === 'TRAINER'" :label="$t('staff.ceilingHours')" type="number" min="1" max="44" name="weeklyCeilingHours"
             v-model="form.weeklyCeilingHours" :error="action.error.value" :help="$t('staff.ceilingHelp')" required />
      <Field v-if="!editing" :label="$t('staff.hiredOn')" type="date" name="hiredOn" v-model="form.hiredOn" :error="action.error.value" required />
      <Field :label="$t('staff.qualifications')" type="textarea" name="qualifications" v-model="form.qualifications" :error="action.error.value" :help="$t('staff.qualificationsHelp')" />
      <div class="actions">
        <button type="submit" :disabled="action.busy.value" data-testid="staff-save">{{ editing ? $t('common.save') : $t('common.create') }}</button>
        <button type="button" class="secondary" @click="$emit('cancel')">{{ $t('common.cancel') }}</button>
      </div>
    </form>`,
});

export const StaffNew = defineComponent({
  name: 'StaffNew',
  components: { ...kit, StaffForm },
  setup() {
    const router = useRouter();
    return { saved: (m) => router.push({ path: `/city/staff/members/${m.id}`, query: { created: '1' } }), back: () => router.push("/city/staff/members") };
  },
  template: `<section><h2>{{ $t('staff.new') }}</h2><StaffForm @saved="saved" @cancel="back" /></section>`,
});

/** The table of teaching assignments with "end" on the active ones, and the form to end one. */
export const AssignmentTable = defineComponent({
  name: 'AssignmentTable',
  components: kit,
  props: { page: Object, staff: { type: Array, default: () => [] }, groups: { type: Array, default: () => [] }, hideTrainer: Boolean },
  emits: ['page', 'changed'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const ending = ref(null);
    const endedOn = ref(today());
    const action = useAction();
    const staffName = (id) => name(props.staff.find((s) => s.id === id)?.name) || shortId(id);
    const groupCode = (id) => props.groups.find((g) => g.id === id)?.code || shortId(id);
    const columns = computed(() => [
      ...(props.hideTrainer ? [] : [{ key: 'trainerId', label: t('staff.trainer'), value: (r) => staffName(r.trainerId) }]),
      { key: 'groupId', label: t('staff.group'), value: (r) => groupCode(r.groupId) },
      { key: 'academicYear', label: t('common.academicYear') },
      { key: 'subject', label: t('staff.subject') },
      { key: 'weeklyHours', label: t('staff.weeklyHours'), num: true, value: (r) => number(r.weeklyHours) },
      { key: 'status', label: t('common.status') },
      { key: 'actions', label: t('common.actions') },
    ]);
    async function end() {
      const done = await action.run(() => api.post(`/v1/teaching-assignments/${ending.value.id}/end`, { endedOn: endedOn.value }), 'staff.ended');
      if (done) { ending.value = null; emit('changed'); }
    }
    return { columns, ending, endedOn, action, end, canEnd: hasRole(...ASSIGNERS), groupCode, date, ltr };
  },
  template: `
    <div>
      <OkAlert :text="action.ok.value" />
      <DataTable testid="assignments-table" :columns="columns" :rows="page ? page.items : []" :page="page" @page="$emit('page', $event)">
        <template #cell-status="{ row }">
          <span class="badge" :class="row.status === 'ACTIVE' ? 'ok' : ''">{{ $t('staff.assignmentStatuses.' + row.status) }}</span>
          <span v-if="row.endedOn" class="muted"> {{ $t('staff.endedOn', { date: date(row.endedOn) }) }}</span>
        </template>
        <template #cell-actions="{ row }">
          <button v-if="canEnd && row.status === 'ACTIVE'" type="button" class="secondary" :data-testid="'assignment-end-' + row.id"
                  @click="ending = row; action.reset()">{{ $t('staff.end') }}</button>
        </template>
      </DataTable>
      <form v-if="ending" class="form card" data-testid="assignment-end-form" @submit.prevent="end">
        <p>{{ $t('staff.endWhat', { subject: ending.subject, group: groupCode(ending.groupId) }) }}</p>
        <Refusal :error="action.error.value" />
        <Field :label="$t('staff.endedOnLabel')" type="date" name="endedOn" v-model="endedOn" :error="action.error.value" required />
        <div class="actions">
          <button type="submit" :disabled="action.busy.value">{{ $t('staff.end') }}</button>
          <button type="button" class="secondary" @click="ending = null">{{ $t('common.cancel') }}</button>
        </div>
      </form>
    </div>`,
});

/** Assign a trainer to teach a subject to a group; a refusal over the ceiling shows next to the hours. */
export const AssignForm = defineComponent({
  name: 'AssignForm',
  components: kit,
  props: { trainers: { type: Array, default: () => [] }, groups: { type: Array, default: () => [] }, trainerId: String },
  emits: ['saved'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const form = reactive({ trainerId: props.trainerId || '', groupId: '', subject: '', weeklyHours: '' });
    const action = useAction();
    const trainerOptions = computed(() => nameOptions(props.trainers, t('staff.pickTrainer'),
      { label: (s) => t('staff.trainerOption', { name: name(s.name), number: s.employeeNumber, n: s.weeklyCeilingHours }) }));
    const groupOptions = computed(() => (props.groups.length
      ? [{ value: '', label: t('staff.pickGroup') }, ...props.groups.map((g) => ({ value: g.id, label: g.code }))] : null));
    async function submit() {
      const saved = await action.run(() => api.post('/v1/teaching-assignments', {
        trainerId: form.trainerId, groupId: form.groupId, subject: form.subject, weeklyHours: int(form.weeklyHours),
      }), 'staff.assigned');
      if (saved) {
        Object.assign(form, { groupId: '', subject: '', weeklyHours: '' });
        emit('saved', saved);
      }
    }
    return { form, action, trainerOptions, groupOptions, submit };
  },
  template: `
    <form class="form card" data-testid="assign-form" @submit.prevent="submit" novalidate>
      <h2>{{ $t('staff.assignTitle') }}</h2>
      <OkAlert :text="action.ok.value" />
      <Refusal :error="action.error.value" />
      <Field v-if="!trainerId" :label="$t('staff.trainer')" name="trainerId" v-model="form.trainerId" :options="trainerOptions" :error="action.error.value" required />
      <Field :label="$t('staff.group')" name="groupId" v-model="form.groupId" :options="groupOptions" :error="action.error.value"
             :help="groupOptions ? '' : $t('staff.groupIdHelp')" required dir="ltr" />
      <Field :label="$t('staff.subject')" name="subject" v-model="form.subject" :error="action.error.value" required />
      <Field :label="$t('staff.weeklyHours')" type="number" min="1" max="44" name="weeklyHours" v-model="form.weeklyHours"
             :error="action.error.value" :help="$t('staff.weeklyHoursHelp')" required />
      <div class="actions"><button type="submit" :disabled="action.busy.value" data-testid="assign-submit">{{ $t('staff.assign') }}</button></div>
    </form>`,
});

export const StaffDetail = defineComponent({
  name: 'StaffDetail',
  components: { ...kit, StaffForm, AssignmentTable, AssignForm },
  setup() {
    const { t } = useI18n();
    const route = useRoute();
    const { pole } = useOffer();
    const id = computed(() => route.params.id);
    const { data: member, error, run } = useLoad(() => api.get(`/v1/staff/${id.value}`));
    const editing = ref(false);
    const ok = ref(route.query.created ? 'staff.created' : '');
    const leaving = reactive({ leftOn: today() });
    const departure = useAction();
    const assignPage = ref(0);
    const { data: assignments, run: loadAssignments } = useLoad(() => api.get('/v1/teaching-assignments', { trainer: id.value, page: assignPage.value, size: 20 }));
    const groups = ref([]);
    onMounted(async () => {
      await run();
      if (member.value?.kind === 'TRAINER') {
        loadAssignments();
        if (hasRole(...ASSIGNERS) && hasRole(...TRAINEE_READERS)) groups.value = await groupsOf(openingYear()).catch(() => []);
      }
    });
    function saved(m) {
      member.value = m;
      editing.value = false;
      ok.value = 'common.saved';
    }
    async function leave() {
      const m = await departure.run(() => api.post(`/v1/staff/${id.value}/departure`, { leftOn: leaving.leftOn }), 'staff.left');
      if (m) { member.value = m; loadAssignments(); }
    }
    const pageAssignments = (p) => { assignPage.value = p; loadAssignments(); };
    return {
      member, error, editing, ok, saved, ltr, leaving, departure, leave, assignments, loadAssignments, pageAssignments, groups, pole, name, date, number,
      canEdit: hasRole('city-director'), canAssign: hasRole(...ASSIGNERS),
    };
  },
  template: `
    <section>
      <p><router-link to="/city/staff/members">‹ {{ $t('staff.backToList') }}</router-link></p>
      <ProblemAlert :error="error" />
      <p v-if="ok" class="alert ok" role="status">{{ $t(ok) }}</p>
      <template v-if="member">
        <div class="card" data-testid="staff-detail">
          <h2>{{ name(member.name) }} <span class="badge" :class="member.status === 'ACTIVE' ? 'ok' : 'bad'">{{ $t('staff.statuses.' + member.status) }}</span></h2>
          <dl class="facts">
            <dt>{{ $t('staff.employeeNumber') }}</dt><dd><bdi>{{ member.employeeNumber }}</bdi></dd>
            <dt>{{ $t('staff.kind') }}</dt><dd>{{ $t('staff.kinds.' + member.kind) }}</dd>
            <dt>{{ $t('staff.nationalId') }}</dt><dd>{{ member.nationalId || '—' }}</dd>
            <dt>{{ $t('staff.pole') }}</dt><dd>{{ pole(member.poleId) }}</dd>
            <dt>{{ $t('staff.contract') }}</dt><dd>{{ $t('staff.contracts.' + member.contractType) }}<template v-if="member.contractEnd"> — {{ $t('staff.until', { date: date(member.contractEnd) }) }}</template></dd>
            <template v-if="member.kind === 'TRAINER'"><dt>{{ $t('staff.ceilingHours') }}</dt><dd>{{ number(member.weeklyCeilingHours) }}</dd></template>
            <dt>{{ $t('staff.hiredOn') }}</dt><dd>{{ date(member.hiredOn) }}</dd>
            <template v-if="member.leftOn"><dt>{{ $t('staff.leftOn') }}</dt><dd>{{ date(member.leftOn) }}</dd></template>
            <dt>{{ $t('staff.qualifications') }}</dt><dd><span v-if="!member.qualifications.length">—</span><ul v-else class="campus-list"><li v-for="q in member.qualifications" :key="q" dir="auto">{{ q }}</li></ul></dd>
          </dl>
          <p v-if="canEdit && member.status === 'ACTIVE' && !editing" class="campus-actions">
            <button type="button" data-testid="staff-edit" @click="editing = true; ok = ''">{{ $t('staff.edit') }}</button>
          </p>
        </div>
        <StaffForm v-if="editing" :member="member" @saved="saved" @cancel="editing = false" />
        <form v-if="canEdit && member.status === 'ACTIVE'" class="form card" data-testid="departure-form" @submit.prevent="leave" novalidate>
          <h2>{{ $t('staff.departure') }}</h2>
          <p class="muted">{{ $t('staff.departureHelp') }}</p>
          <Refusal :error="departure.error.value" />
          <Field :label="$t('staff.leftOn')" type="date" name="leftOn" v-model="leaving.leftOn" :error="departure.error.value" required />
          <div class="actions"><button type="submit" class="danger" :disabled="departure.busy.value" data-testid="departure-submit">{{ $t('staff.recordDeparture') }}</button></div>
        </form>
        <p v-if="departure.ok.value" class="alert ok" role="status">{{ departure.ok.value }}</p>
        <section v-if="member.kind === 'TRAINER'" class="card">
          <h2>{{ $t('staff.teaching') }}</h2>
          <AssignmentTable :page="assignments" :groups="groups" hide-trainer @page="pageAssignments" @changed="loadAssignments" />
        </section>
        <AssignForm v-if="member.kind === 'TRAINER' && member.status === 'ACTIVE' && canAssign" :trainer-id="member.id" :groups="groups" @saved="loadAssignments" />
      </template>
    </section>`,
});

export const AssignmentsScreen = defineComponent({
  name: 'AssignmentsScreen',
  components: { ...kit, AssignmentTable, AssignForm },
  setup() {
    const { t } = useI18n();
    const filter = reactive({ academicYear: openingYear(), trainer: '', status: 'ACTIVE', page: 0 });
    const { data, error, loading, run } = useLoad(() => api.get('/v1/teaching-assignments', { ...filter, size: 20 }));
    const staff = ref([]);
    const groups = ref([]);
    const canAssign = hasRole(...ASSIGNERS);
    async function loadGroups() {
      groups.value = hasRole(...TRAINEE_READERS) ? await groupsOf(filter.academicYear).catch(() => []) : [];
    }
    onMounted(async () => {
      run();
      staff.value = await allStaff({ kind: 'TRAINER' }).catch(() => []);
      loadGroups();
    });
    watch(() => [filter.academicYear, filter.trainer, filter.status], () => { filter.page = 0; run(); });
    watch(() => filter.academicYear, loadGroups);
    const trainers = computed(() => staff.value.filter((s) => s.status === 'ACTIVE'));
    const trainerFilter = computed(() => nameOptions(staff.value, t('common.all')));
    const statuses = computed(() => codeOptions(t, 'staff.assignmentStatuses', ['ACTIVE', 'ENDED'], true));
    const page = (p) => { filter.page = p; run(); };
    return { filter, data, error, loading, run, staff, groups, trainers, trainerFilter, statuses, page, canAssign };
  },
  template: `
    <section>
      <div class="toolbar">
        <YearPicker v-model="filter.academicYear" />
        <Field :label="$t('staff.trainer')" name="trainer" v-model="filter.trainer" :options="trainerFilter" />
        <Field :label="$t('common.status')" name="status" v-model="filter.status" :options="statuses" />
      </div>
      <ProblemAlert :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <AssignmentTable :page="data" :staff="staff" :groups="groups" @page="page" @changed="run" />
      <AssignForm v-if="canAssign" :trainers="trainers" :groups="groups" @saved="run" />
    </section>`,
});

export const StaffFiguresScreen = defineComponent({
  name: 'StaffFiguresScreen',
  components: kit,
  setup() {
    const { t } = useI18n();
    const { pole } = useOffer();
    const year = ref(openingYear());
    const { data, error, loading, run } = useLoad(() => api.get(`/v1/staff-figures/${year.value}`));
    onMounted(run);
    watch(year, run);
    const rows = computed(() => (data.value?.byPole || []).map((p) => ({ id: p.poleId, pole: pole(p.poleId), ...p.figures })));
    const city = computed(() => data.value?.city);
    const load = (v) => percent(v, { alreadyPercent: true });
    const tiles = computed(() => (city.value ? [
      { id: 'headcount', label: t('staff.headcount'), value: number(city.value.headcount) },
      { id: 'trainers', label: t('staff.trainers'), value: number(city.value.trainers.total),
        hint: t('staff.byContract', { p: number(city.value.trainers.permanent), f: number(city.value.trainers.fixedTerm), v: number(city.value.trainers.partTimeVacation) }) },
      { id: 'administrative', label: t('staff.administrative'), value: number(city.value.administrative.total) },
      { id: 'ceiling', label: t('staff.ceilingTotal'), value: number(city.value.trainerCeilingHours) },
      { id: 'assigned', label: t('staff.assignedHours'), value: number(city.value.assignedHours) },
      { id: 'load', label: t('staff.loadRate'), value: load(city.value.loadRate), hint: t('staff.loadHint') },
    ] : []));
    const columns = computed(() => [
      { key: 'pole', label: t('staff.pole') },
      { key: 'headcount', label: t('staff.headcount'), num: true, value: (r) => number(r.headcount) },
      { key: 'trainers', label: t('staff.trainers'), num: true, value: (r) => number(r.trainers.total) },
      { key: 'permanent', label: t('staff.trainersBy.permanent'), num: true, value: (r) => number(r.trainers.permanent) },
      { key: 'fixedTerm', label: t('staff.trainersBy.fixedTerm'), num: true, value: (r) => number(r.trainers.fixedTerm) },
      { key: 'vacation', label: t('staff.trainersBy.partTimeVacation'), num: true, value: (r) => number(r.trainers.partTimeVacation) },
      { key: 'administrative', label: t('staff.administrative'), num: true, value: (r) => number(r.administrative.total) },
      { key: 'ceiling', label: t('staff.ceilingTotal'), num: true, value: (r) => number(r.trainerCeilingHours) },
      { key: 'assigned', label: t('staff.assignedHours'), num: true, value: (r) => number(r.assignedHours) },
      { key: 'loadRate', label: t('staff.loadRate'), num: true, value: (r) => load(r.loadRate) },
    ]);
    const hoursChart = computed(() => ({
      labels: rows.value.map((r) => r.pole),
      datasets: [
        { label: t('staff.ceilingTotal'), data: rows.value.map((r) => r.trainerCeilingHours) },
        { label: t('staff.assignedHours'), data: rows.value.map((r) => r.assignedHours) },
      ],
    }));
    const headChart = computed(() => ({
      labels: rows.value.map((r) => r.pole),
      datasets: [
        ...['permanent', 'fixedTerm', 'partTimeVacation'].map((k) => ({
          label: t(`staff.trainersBy.${k}`), data: rows.value.map((r) => r.trainers[k]), stack: 's' })),
        { label: t('staff.administrative'), data: rows.value.map((r) => r.administrative.total), stack: 's' },
      ],
    }));
    return { year, data, error, loading, tiles, columns, rows, hoursChart, headChart };
  },
  template: `
    <section>
      <div class="toolbar"><YearPicker v-model="year" /></div>
      <ProblemAlert :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <div class="grid" data-testid="staff-figures-tiles">
        <Stat v-for="tile in tiles" :key="tile.id" :testid="'staff-tile-' + tile.id" :label="tile.label" :value="tile.value" :hint="tile.hint" />
      </div>
      <div v-if="rows.length" class="grid two" style="margin-block-start: 1rem">
        <section class="card">
          <h2>{{ $t('staff.hoursPerPole') }}</h2>
          <ChartCanvas type="bar" horizontal :labels="hoursChart.labels" :datasets="hoursChart.datasets" :label="$t('staff.hoursPerPole')" data-testid="staff-hours-chart" />
        </section>
        <section class="card">
          <h2>{{ $t('staff.headcountPerPole') }}</h2>
          <ChartCanvas type="bar" horizontal stacked :labels="headChart.labels" :datasets="headChart.datasets" :label="$t('staff.headcountPerPole')" />
        </section>
      </div>
      <section class="card" v-if="data">
        <h2>{{ $t('staff.perPole') }}</h2>
        <DataTable testid="staff-figures-table" :columns="columns" :rows="rows" />
        <p class="muted">{{ $t('staff.figuresNote') }}</p>
      </section>
    </section>`,
});
