// The career centre's guidance log and the incubator: its projects, their founders, their
// steps (incubation, launch, closure) and the coaching sessions they receive.
import { defineComponent, ref, reactive, computed, watch, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter, useRoute } from 'vue-router';
import { api } from '../../api.js';
import { hasRole } from '../../session.js';
import { name, number, date } from '../../format.js';
import { useLoad } from '../../components/index.js';
import { useAction, codeOptions, nameOptions, useOffer, shortId, today, kit } from '../staff/kit.js';
import { ADVISOR } from './tracer.js';

const GUIDANCE_KINDS = ['ORIENTATION', 'CV_COACHING', 'INTERVIEW_COACHING', 'JOB_FAIR', 'INDIVIDUAL_COUNSELLING', 'WORKSHOP', 'ENTREPRENEURSHIP_ADVICE'];
const PROJECT_STATUSES = ['IDEA', 'INCUBATED', 'LAUNCHED', 'CLOSED'];

export const GuidanceScreen = defineComponent({
  name: 'Guidance',
  components: kit,
  setup() {
    const { t } = useI18n();
    const filter = reactive({ kind: '', from: '', to: '', traineeId: '', page: 0 });
    const { data, error, loading, run } = useLoad(() => api.get('/v1/guidance-interactions', { ...filter, size: 20 }));
    onMounted(run);
    watch(() => [filter.kind, filter.from, filter.to], () => { filter.page = 0; run(); });
    const form = reactive({ who: 'trainee', traineeId: '', prospectName: '', kind: 'ORIENTATION', occurredOn: today(), advisor: '', notes: '' });
    const action = useAction();
    const columns = computed(() => [
      { key: 'occurredOn', label: t('common.date'), value: (r) => date(r.occurredOn) },
      { key: 'kind', label: t('careers.guidanceKind'), value: (r) => t(`careers.guidanceKinds.${r.kind}`) },
      { key: 'who', label: t('careers.person') },
      { key: 'advisor', label: t('careers.advisor') },
      { key: 'notes', label: t('careers.notes'), value: (r) => r.notes || '—' },
    ]);
    const kinds = computed(() => codeOptions(t, 'careers.guidanceKinds', GUIDANCE_KINDS, true));
    const kindPick = computed(() => codeOptions(t, 'careers.guidanceKinds', GUIDANCE_KINDS));
    const whos = computed(() => [{ value: 'trainee', label: t('careers.aTrainee') }, { value: 'prospect', label: t('careers.aProspect') }]);
    async function submit() {
      const body = {
        traineeId: form.who === 'trainee' ? form.traineeId || null : null,
        prospectName: form.who === 'prospect' ? form.prospectName : null,
        kind: form.kind, occurredOn: form.occurredOn, advisor: form.advisor || null, notes: form.notes || null,
      };
      const g = await action.run(() => api.post('/v1/guidance-interactions', body), 'careers.interactionRecorded');
      if (g) { Object.assign(form, { traineeId: '', prospectName: '', notes: '' }); run(); }
    }
    const search = () => { filter.page = 0; run(); };
    const page = (p) => { filter.page = p; run(); };
    return { filter, data, error, loading, columns, kinds, kindPick, whos, form, action, submit, search, page, canWrite: hasRole(ADVISOR) };
  },
  template: `
    <section>
      <form class="toolbar" @submit.prevent="search">
        <Field :label="$t('careers.guidanceKind')" name="kind" v-model="filter.kind" :options="kinds" />
        <Field :label="$t('common.from')" type="date" name="from" v-model="filter.from" />
        <Field :label="$t('common.to')" type="date" name="to" v-model="filter.to" />
        <Field :label="$t('careers.traineeFilter')" name="traineeId" v-model="filter.traineeId" dir="ltr" />
        <button type="submit" class="secondary">{{ $t('common.search') }}</button>
      </form>
      <ProblemAlert :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <DataTable v-if="data" testid="guidance-table" :columns="columns" :rows="data.items" :page="data" :caption="$t('careers.guidanceCaption')" @page="page">
        <template #cell-who="{ row }">
          <span v-if="row.traineeId">{{ $t('campus.trainee') }} <bdi :title="row.traineeId">{{ row.traineeId.slice(0, 8) }}</bdi></span>
          <span v-else>{{ row.prospectName }} <span class="muted">({{ $t('careers.prospect') }})</span></span>
        </template>
      </DataTable>
      <form v-if="canWrite" class="form card" data-testid="guidance-form" @submit.prevent="submit" novalidate>
        <h2>{{ $t('careers.recordInteraction') }}</h2>
        <OkAlert :text="action.ok.value" />
        <Refusal :error="action.error.value" />
        <Field :label="$t('careers.person')" name="who" v-model="form.who" :options="whos" />
        <TraineeField v-if="form.who === 'trainee'" v-model="form.traineeId" :error="action.error.value" required />
        <Field v-else :label="$t('careers.prospectName')" name="prospectName" v-model="form.prospectName" :error="action.error.value" required />
        <Field :label="$t('careers.guidanceKind')" name="kind" v-model="form.kind" :options="kindPick" :error="action.error.value" required />
        <Field :label="$t('common.date')" type="date" name="occurredOn" v-model="form.occurredOn" :error="action.error.value" required />
        <Field :label="$t('careers.advisor')" name="advisor" v-model="form.advisor" :error="action.error.value" :help="$t('careers.advisorHelp')" />
        <Field :label="$t('careers.notes')" type="textarea" name="notes" v-model="form.notes" :error="action.error.value" />
        <div class="actions"><button type="submit" :disabled="action.busy.value" data-testid="guidance-submit">{{ $t('careers.record') }}</button></div>
      </form>
    </section>`,
});

export const ProjectsScreen = defineComponent({
  name: 'IncubatorProjects',
  components: kit,
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const { offer, sector } = useOffer();
    const filter = reactive({ status: '', page: 0 });
    const { data, error, loading, run } = useLoad(() => api.get('/v1/incubator-projects', { ...filter, size: 20 }));
    onMounted(run);
    watch(() => filter.status, () => { filter.page = 0; run(); });
    const form = reactive({ code: '', nameFr: '', nameAr: '', sectorCode: '', recordedOn: today() });
    const action = useAction();
    const columns = computed(() => [
      { key: 'code', label: t('common.code') },
      { key: 'name', label: t('common.name'), value: (r) => name(r.name) },
      { key: 'sectorCode', label: t('careers.sector'), value: (r) => sector(r.sectorCode) },
      { key: 'founders', label: t('careers.founders'), num: true, value: (r) => number(r.founders) },
      { key: 'status', label: t('common.status') },
    ]);
    const statuses = computed(() => codeOptions(t, 'careers.projectStatuses', PROJECT_STATUSES, true));
    const sectors = computed(() => nameOptions(offer.sectors, t('careers.pickSector'), { value: 'code' }));
    async function create() {
      const p = await action.run(() => api.post('/v1/incubator-projects', {
        code: form.code, name: { fr: form.nameFr, ar: form.nameAr }, sectorCode: form.sectorCode, recordedOn: form.recordedOn || null,
      }), 'careers.projectCreated');
      if (p) router.push(`/city/careers/incubator/${p.id}`);
    }
    const open = (p) => router.push(`/city/careers/incubator/${p.id}`);
    const page = (p) => { filter.page = p; run(); };
    return { filter, data, error, loading, columns, statuses, sectors, form, action, create, open, page, canWrite: hasRole(ADVISOR) };
  },
  template: `
    <section>
      <div class="toolbar"><Field :label="$t('common.status')" name="status" v-model="filter.status" :options="statuses" /></div>
      <ProblemAlert :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <DataTable v-if="data" testid="incubator-table" :columns="columns" :rows="data.items" :page="data" clickable :caption="$t('careers.projectsCaption')" @select="open" @page="page">
        <template #cell-status="{ row }"><span class="badge" :class="{ ok: row.status === 'LAUNCHED', bad: row.status === 'CLOSED' }">{{ $t('careers.projectStatuses.' + row.status) }}</span></template>
      </DataTable>
      <form v-if="canWrite" class="form card" data-testid="project-form" @submit.prevent="create" novalidate>
        <h2>{{ $t('careers.newProject') }}</h2>
        <Refusal :error="action.error.value" />
        <Field :label="$t('common.code')" name="code" v-model="form.code" :error="action.error.value" required dir="ltr" />
        <Field :label="$t('common.nameFr')" name="name.fr" v-model="form.nameFr" :error="action.error.value" required dir="ltr" />
        <Field :label="$t('common.nameAr')" name="name.ar" v-model="form.nameAr" :error="action.error.value" required dir="rtl" />
        <Field :label="$t('careers.sector')" name="sectorCode" v-model="form.sectorCode" :options="sectors" :error="action.error.value" required />
        <Field :label="$t('careers.recordedOn')" type="date" name="recordedOn" v-model="form.recordedOn" :error="action.error.value" />
        <div class="actions"><button type="submit" :disabled="action.busy.value" data-testid="project-create">{{ $t('common.create') }}</button></div>
      </form>
    </section>`,
});

export const ProjectScreen = defineComponent({
  name: 'IncubatorProject',
  components: kit,
  setup() {
    const route = useRoute();
    const { sector } = useOffer();
    const id = computed(() => route.params.id);
    const { data: project, error, run } = useLoad(() => api.get(`/v1/incubator-projects/${id.value}`));
    onMounted(run);
    const founder = reactive({ traineeId: '', joinedOn: today() });
    const step = reactive({ on: today(), reason: '' });
    const session = reactive({ heldOn: today(), topic: '', coach: '' });
    const acts = { founder: useAction(), step: useAction(), session: useAction() };
    async function post(which, path, body, okKey) {
      Object.values(acts).forEach((a) => a.reset());
      const p = await acts[which].run(() => api.post(`/v1/incubator-projects/${id.value}/${path}`, body), okKey);
      if (p) project.value = p;
      return p;
    }
    const addFounder = async () => { if (await post('founder', 'founders', { traineeId: founder.traineeId || null, joinedOn: founder.joinedOn || null }, 'careers.founderAdded')) founder.traineeId = ''; };
    const incubate = () => post('step', 'incubation', { on: step.on }, 'careers.incubated');
    const launch = () => post('step', 'launch', { on: step.on }, 'careers.launched');
    const close = () => post('step', 'closure', { on: step.on, reason: step.reason }, 'careers.closed');
    const recordSession = async () => { if (await post('session', 'support-sessions', { ...session }, 'careers.sessionRecorded')) Object.assign(session, { topic: '' }); };
    const ok = computed(() => Object.values(acts).map((a) => a.ok.value).find(Boolean) || '');
    return { project, error, founder, step, session, acts, ok, addFounder, incubate, launch, close, recordSession, sector, name, date, shortId, canWrite: hasRole(ADVISOR) };
  },
  template: `
    <section>
      <p><router-link to="/city/careers/incubator">‹ {{ $t('careers.backToProjects') }}</router-link></p>
      <ProblemAlert :error="error" />
      <OkAlert :text="ok" />
      <template v-if="project">
        <div class="card" data-testid="project-detail">
          <h2>{{ name(project.name) }} <span class="badge" :class="{ ok: project.status === 'LAUNCHED', bad: project.status === 'CLOSED' }">{{ $t('careers.projectStatuses.' + project.status) }}</span></h2>
          <dl class="facts">
            <dt>{{ $t('common.code') }}</dt><dd><bdi>{{ project.code }}</bdi></dd>
            <dt>{{ $t('careers.sector') }}</dt><dd>{{ sector(project.sectorCode) }}</dd>
            <dt>{{ $t('careers.recordedOn') }}</dt><dd>{{ date(project.recordedOn) }}</dd>
            <template v-if="project.incubatedOn"><dt>{{ $t('careers.incubatedOn') }}</dt><dd>{{ date(project.incubatedOn) }}</dd></template>
            <template v-if="project.launchedOn"><dt>{{ $t('careers.launchedOn') }}</dt><dd>{{ date(project.launchedOn) }}</dd></template>
            <template v-if="project.closedOn"><dt>{{ $t('careers.closedOn') }}</dt><dd>{{ date(project.closedOn) }} — {{ project.closureReason }}</dd></template>
          </dl>
        </div>
        <form v-if="canWrite && project.status !== 'CLOSED'" class="form card" data-testid="project-step-form" @submit.prevent novalidate>
          <h2>{{ $t('careers.steps') }}</h2>
          <p class="muted">{{ $t('careers.stepsHelp') }}</p>
          <Refusal :error="acts.step.error.value" />
          <Field :label="$t('common.date')" type="date" name="on" v-model="step.on" :error="acts.step.error.value" />
          <Field :label="$t('careers.closureReason')" name="reason" v-model="step.reason" :error="acts.step.error.value" :help="$t('careers.closureHelp')" />
          <div class="actions">
            <button v-if="project.status === 'IDEA'" type="button" :disabled="acts.step.busy.value" data-testid="project-incubate" @click="incubate">{{ $t('careers.incubate') }}</button>
            <button v-if="project.status === 'INCUBATED'" type="button" :disabled="acts.step.busy.value" data-testid="project-launch" @click="launch">{{ $t('careers.launch') }}</button>
            <button type="button" class="danger" :disabled="acts.step.busy.value" data-testid="project-close" @click="close">{{ $t('careers.closeProject') }}</button>
          </div>
        </form>
        <div class="grid two">
          <section class="card">
            <h2>{{ $t('careers.founders') }}</h2>
            <DataTable testid="founders-table" row-key="traineeId" :rows="project.founders"
                       :columns="[{ key: 'traineeId', label: $t('campus.trainee'), value: (r) => r.traineeId }, { key: 'joinedOn', label: $t('careers.joinedOn'), value: (r) => date(r.joinedOn) }]">
              <template #cell-traineeId="{ row }"><bdi>{{ row.traineeId }}</bdi></template>
            </DataTable>
            <form v-if="canWrite && project.status !== 'CLOSED'" class="form" data-testid="founder-form" @submit.prevent="addFounder" novalidate style="margin-block-start: 1rem">
              <Refusal :error="acts.founder.error.value" />
              <TraineeField v-model="founder.traineeId" :error="acts.founder.error.value" required />
              <Field :label="$t('careers.joinedOn')" type="date" name="joinedOn" v-model="founder.joinedOn" :error="acts.founder.error.value" />
              <div class="actions"><button type="submit" :disabled="acts.founder.busy.value" data-testid="founder-add">{{ $t('careers.addFounder') }}</button></div>
            </form>
          </section>
          <section class="card">
            <h2>{{ $t('careers.sessions') }}</h2>
            <DataTable testid="sessions-table" :rows="project.sessions"
                       :columns="[{ key: 'heldOn', label: $t('common.date'), value: (r) => date(r.heldOn) }, { key: 'topic', label: $t('careers.topic') }, { key: 'coach', label: $t('careers.coach') }]" />
            <form v-if="canWrite && project.status !== 'CLOSED'" class="form" data-testid="session-form" @submit.prevent="recordSession" novalidate style="margin-block-start: 1rem">
              <Refusal :error="acts.session.error.value" />
              <Field :label="$t('common.date')" type="date" name="heldOn" v-model="session.heldOn" :error="acts.session.error.value" required />
              <Field :label="$t('careers.topic')" name="topic" v-model="session.topic" :error="acts.session.error.value" required />
              <Field :label="$t('careers.coach')" name="coach" v-model="session.coach" :error="acts.session.error.value" required />
              <div class="actions"><button type="submit" :disabled="acts.session.busy.value" data-testid="session-add">{{ $t('careers.recordSession') }}</button></div>
            </form>
          </section>
        </div>
      </template>
    </section>`,
});
