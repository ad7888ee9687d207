// Trainees of the city (TraineeResource): the paged list by intake, programme and status, and one
// trainee's record with its lifecycle — suspend, reinstate, drop out, transfer, graduate — kept by
// the registrar and the director; the admissions officer and the career advisor read.
import { defineComponent, ref, reactive, computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { api } from '../../api.js';
import { useLoad } from '../../components/index.js';
import { date, dateTime } from '../../format.js';
import { can, codeOptions, useYear, useCatalogue, StatusBadge, ReasonForm, ActionProblem, BackLink, useAction } from '../offer/shared.js';
import { loadApplication, loadApplications, applicantNameOf, applicationOf, personName, systemReason } from './common.js';

const TRAINEE_STATUSES = ['ACTIVE', 'SUSPENDED', 'DROPPED_OUT', 'TRANSFERRED', 'GRADUATED'];
const GOOD = ['ACTIVE', 'GRADUATED'];
const BAD = ['SUSPENDED', 'DROPPED_OUT'];

export const TraineeList = defineComponent({
  name: 'TraineeList',
  components: { StatusBadge, ActionProblem },
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const cat = useCatalogue();
    const year = useYear();
    const filters = reactive({ programme: '', status: '' });
    const { data: result, error, loading, run: load } = useLoad(async (page = 0) => {
      const found = await api.get('/v1/trainees', { academicYear: year.value, ...filters, page, size: 25 });
      loadApplications(found.items.map((x) => x.applicationId));
      return found;
    });
    watch(() => [year.value, filters.programme, filters.status], () => load(0), { immediate: true });
    const columns = computed(() => [
      ...(can('admissionsRead') ? [{ key: 'name', label: t('adm.trainees.trainee'), value: (x) => applicantNameOf(x.applicationId) }] : []),
      { key: 'programme', label: t('adm.app.programme'), value: (x) => cat.programmeLabel(x.programmeId) },
      { key: 'groupCode', label: t('adm.trainees.group') },
      { key: 'status', label: t('common.status') },
      { key: 'enrolledAt', label: t('adm.trainees.enrolledAt'), value: (x) => dateTime(x.enrolledAt) },
    ]);
    const statusOptions = computed(() => codeOptions(t, TRAINEE_STATUSES, 'adm.traineeStatus'));
    const programmeOptions = computed(() => cat.programmeOptions(year.value, { first: t('common.all') }));
    return { year, filters, result, error, loading, load, columns, statusOptions, programmeOptions, GOOD, BAD,
      open: (x) => router.push(`/city/admissions/trainees/${x.id}`) };
  },
  template: `
    <div>
      <h1>{{ $t('adm.trainees.title') }}</h1>
      <div class="toolbar" data-testid="trainees-filters">
        <YearPicker v-model="year" />
        <Field :label="$t('adm.app.programme')" name="programme" v-model="filters.programme" :options="programmeOptions" />
        <Field :label="$t('common.status')" name="status" v-model="filters.status" :options="statusOptions" />
        <button type="button" class="secondary" @click="load(0)">{{ $t('common.refresh') }}</button>
      </div>
      <ActionProblem :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <DataTable v-if="result" testid="trainees-table" :columns="columns" :rows="result.items" :page="result" clickable @page="load" @select="open">
        <template #cell-status="{ row }"><StatusBadge prefix="adm.traineeStatus" :code="row.status" :good="GOOD" :bad="BAD" /></template>
      </DataTable>
    </div>`,
});

export const TraineeDetail = defineComponent({
  name: 'TraineeDetail',
  components: { StatusBadge, ReasonForm, ActionProblem, BackLink },
  props: { id: String },
  setup(props) {
    const { t } = useI18n();
    const router = useRouter();
    const cat = useCatalogue();
    const { data: trainee, error, run: load } = useLoad(async () => {
      const found = await api.get(`/v1/trainees/${props.id}`);
      loadApplication(found.applicationId).catch(() => null);
      return found;
    });
    const { busy, error: actionError, done, act: write } = useAction();
    const mode = ref(null); // suspend | dropout | transfer | graduate
    watch(() => props.id, () => load(), { immediate: true });
    const application = computed(() => (trainee.value ? applicationOf(trainee.value.applicationId) : null));
    function show(next) {
      mode.value = next;
      actionError.value = null;
      done.value = null;
    }
    /** A step of the lifecycle; a transfer answers with the new record, which is then shown. */
    const act = (call, message) => write(call, (answer) => {
      mode.value = null;
      if (answer && answer.id && answer.id !== props.id) router.push(`/city/admissions/trainees/${answer.id}`);
      else if (answer) trainee.value = answer;
      return message;
    });
    const base = () => `/v1/trainees/${props.id}`;
    const suspend = (reason) => act(() => api.post(`${base()}/suspension`, { reason }), t('adm.trainees.suspended'));
    const reinstate = () => act(() => api.del(`${base()}/suspension`), t('adm.trainees.reinstated'));
    const dropOut = (reason) => act(() => api.post(`${base()}/dropout`, { reason }), t('adm.trainees.droppedOut'));
    const transfer = (programmeCode) => act(() => api.post(`${base()}/transfer`, { programmeCode }), t('adm.trainees.transferred', { code: programmeCode }));
    const graduate = () => act(() => api.post(`${base()}/graduation`), t('adm.trainees.graduated'));
    const transferOptions = computed(() => {
      if (!trainee.value) return [];
      const current = cat.byId.value.get(trainee.value.programmeId);
      return cat.programmeOptions(trainee.value.academicYear, { by: 'code', first: t('offer.choose') })
        .filter((o) => !current || o.value !== current.code);
    });
    const writer = can('traineesWrite');
    const status = computed(() => trainee.value?.status);
    return { trainee, application, error, actionError, done, mode, busy, show, suspend, reinstate, dropOut, transfer, graduate,
      transferOptions, writer, status, cat, personName, date, dateTime, GOOD, BAD, t, systemReason };
  },
  template: `
    <div>
      <BackLink to="/city/admissions/trainees" :label="$t('adm.trainees.title')" />
      <ActionProblem :error="error" />
      <template v-if="trainee">
        <h1 data-testid="trainee-name">{{ application ? personName(application.applicant) : $t('adm.trainees.trainee') }}
          <StatusBadge prefix="adm.traineeStatus" :code="trainee.status" :good="GOOD" :bad="BAD" /></h1>
        <p v-if="done" class="alert ok" role="status" data-testid="trainee-done">{{ done }}</p>
        <ActionProblem :error="actionError" :shown="mode === 'transfer' ? ['programmeCode'] : mode && mode !== 'graduate' ? ['reason'] : []" />
        <div v-if="writer && !mode && ['ACTIVE', 'SUSPENDED'].includes(status)" class="toolbar" data-testid="trainee-actions">
          <button v-if="status === 'ACTIVE'" class="secondary" @click="show('suspend')" data-testid="trainee-suspend">{{ $t('adm.trainees.suspend') }}</button>
          <button v-if="status === 'SUSPENDED'" :disabled="busy" @click="reinstate" data-testid="trainee-reinstate">{{ $t('adm.trainees.reinstate') }}</button>
          <button class="secondary" @click="show('transfer')" data-testid="trainee-transfer">{{ $t('adm.trainees.transfer') }}</button>
          <button v-if="status === 'ACTIVE'" class="secondary" @click="show('graduate')" data-testid="trainee-graduate">{{ $t('adm.trainees.graduate') }}</button>
          <button class="danger" @click="show('dropout')" data-testid="trainee-dropout">{{ $t('adm.trainees.dropOut') }}</button>
        </div>
        <section v-if="mode === 'suspend'" class="card">
          <h2>{{ $t('adm.trainees.suspend') }}</h2>
          <ReasonForm :label="$t('common.reason')" :submit-label="$t('adm.trainees.suspend')" :busy="busy" :error="actionError" testid="suspension-form" @submit="suspend" @cancel="show(null)" />
        </section>
        <section v-if="mode === 'dropout'" class="card">
          <h2>{{ $t('adm.trainees.dropOut') }}</h2>
          <ReasonForm :label="$t('common.reason')" :submit-label="$t('adm.trainees.dropOut')" danger :busy="busy" :error="actionError" testid="dropout-form" @submit="dropOut" @cancel="show(null)" />
        </section>
        <section v-if="mode === 'transfer'" class="card">
          <h2>{{ $t('adm.trainees.transfer') }}</h2>
          <p class="muted">{{ $t('adm.trainees.transferHelp') }}</p>
          <ReasonForm :label="$t('adm.trainees.target')" name="programmeCode" :options="transferOptions" :submit-label="$t('adm.trainees.transfer')"
                      :busy="busy" :error="actionError" testid="transfer-form" @submit="transfer" @cancel="show(null)" />
        </section>
        <section v-if="mode === 'graduate'" class="card confirm">
          <h2>{{ $t('adm.trainees.graduate') }}</h2>
          <p>{{ $t('adm.trainees.graduateConfirm') }}</p>
          <p class="toolbar">
            <button :disabled="busy" @click="graduate" data-testid="trainee-graduate-confirm">{{ $t('adm.trainees.graduate') }}</button>
            <button class="secondary" @click="show(null)">{{ $t('common.cancel') }}</button>
          </p>
        </section>
        <section class="card" data-testid="trainee-record">
          <h2>{{ $t('adm.trainees.record') }}</h2>
          <dl class="facts">
            <template v-if="application">
              <dt>{{ $t('adm.app.nameFr') }}</dt><dd><span lang="fr" dir="ltr">{{ personName(application.applicant, 'fr') }}</span></dd>
              <dt>{{ $t('adm.app.nameAr') }}</dt><dd><span lang="ar" dir="rtl" class="names-ar">{{ personName(application.applicant, 'ar') }}</span></dd>
              <dt>{{ $t('adm.app.nationalId') }}</dt><dd><bdi>{{ application.applicant.nationalId }}</bdi></dd>
              <dt>{{ $t('adm.app.birthDate') }}</dt><dd>{{ date(application.applicant.birthDate) }}</dd>
            </template>
            <dt>{{ $t('adm.app.programme') }}</dt><dd>{{ cat.programmeLabel(trainee.programmeId) }}</dd>
            <dt>{{ $t('common.academicYear') }}</dt><dd>{{ trainee.academicYear }}</dd>
            <dt>{{ $t('adm.trainees.group') }}</dt><dd>{{ trainee.groupCode || '—' }}</dd>
            <dt>{{ $t('common.status') }}</dt><dd><StatusBadge prefix="adm.traineeStatus" :code="trainee.status" :good="GOOD" :bad="BAD" />
              <span v-if="trainee.statusReason" class="muted"> — {{ systemReason(t, trainee.statusReason) }}</span></dd>
            <dt>{{ $t('adm.trainees.enrolledAt') }}</dt><dd>{{ dateTime(trainee.enrolledAt) }}</dd>
            <template v-if="trainee.transferredFrom">
              <dt>{{ $t('adm.trainees.transferredFrom') }}</dt><dd><router-link :to="'/city/admissions/trainees/' + trainee.transferredFrom">{{ $t('adm.trainees.previousRecord') }}</router-link></dd>
            </template>
            <template v-if="trainee.graduatedOn">
              <dt>{{ $t('adm.trainees.graduatedOn') }}</dt><dd>{{ date(trainee.graduatedOn) }}</dd>
            </template>
            <dt>{{ $t('adm.app.application') }}</dt><dd><router-link :to="'/city/admissions/applications/' + trainee.applicationId">{{ $t('adm.trainees.seeApplication') }}</router-link></dd>
          </dl>
        </section>
      </template>
    </div>`,
});
