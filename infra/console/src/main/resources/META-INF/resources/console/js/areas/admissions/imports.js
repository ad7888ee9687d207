// Import of an online-registration export (CSV or XLSX) for an academic year: the file goes as
// the request body (POST /v1/imports?academicYear=&fileName=), the job is then read about every
// second until it completes or fails, with its counts; then its rejected rows and the recent imports.
import { defineComponent, ref, computed, watch, onBeforeUnmount } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { api, ApiError } from '../../api.js';
import { useLoad } from '../../components/index.js';
import { number, dateTime, academicYears } from '../../format.js';
import { useYear, StatusBadge, ActionProblem, useAction } from '../offer/shared.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RUNNING = ['QUEUED', 'RUNNING'];
const POLL_MS = 1000;

/** The rows of a CSV file (its lines less the header), counted in the browser; XLSX: unknown. */
const totals = new Map();
async function countRows(file) {
  if (!/\.csv$/i.test(file.name) && !/csv|text/.test(file.type)) return null;
  const text = await file.text();
  let lines = 0;
  for (const line of text.split(/\r?\n/)) if (line.trim()) lines++;
  return Math.max(0, lines - 1);
}

/** The file with the media type the API reads, whatever the browser guessed (.csv is often "Excel"). */
function typed(file) {
  const type = /\.xlsx$/i.test(file.name) ? XLSX : /\.csv$/i.test(file.name) ? 'text/csv' : 'application/octet-stream';
  return file.type === type ? file : new File([file], file.name, { type });
}

const ImportJob = defineComponent({
  name: 'ImportJob',
  components: { StatusBadge, ActionProblem },
  props: { job: { type: Object, required: true }, total: { type: Number, default: null } },
  setup(props) {
    const { t } = useI18n();
    const running = computed(() => RUNNING.includes(props.job.status));
    const max = computed(() => {
      if (!running.value) return Math.max(1, props.job.rowsRead);
      return props.total ? Math.max(props.total, props.job.rowsRead) : null;
    });
    const value = computed(() => (max.value ? Math.min(props.job.rowsRead, max.value) : null));
    const { data: errors, error: errorsFailed, run: loadErrors } = useLoad((page = 0) => api.get(`/v1/imports/${props.job.id}/errors`, { page, size: 20 }));
    watch(() => [props.job.id, running.value], () => { errors.value = null; if (!running.value) loadErrors(0); }, { immediate: true });
    const errorColumns = computed(() => [
      { key: 'row', label: t('adm.imports.row'), num: true, value: (e) => number(e.row) },
      { key: 'field', label: t('adm.imports.field') },
      { key: 'reason', label: t('adm.imports.reason') },
    ]);
    return { running, max, value, errors, errorsFailed, loadErrors, errorColumns, number, dateTime };
  },
  template: `
    <section class="card import-job" data-testid="import-job" :aria-busy="running ? 'true' : 'false'">
      <h2>{{ $t('adm.imports.jobTitle', { file: job.fileName, year: job.academicYear }) }}</h2>
      <label :for="'progress-' + job.id">{{ $t('adm.imports.progress') }}</label>
      <progress :id="'progress-' + job.id" data-testid="import-progress" :value="value" :max="max || 1"
                :aria-valuetext="$t('adm.imports.rowsOf', { done: number(job.rowsRead), total: max ? number(max) : '?' })">
        {{ number(job.rowsRead) }}</progress>
      <p data-testid="import-rows">{{ $t('adm.imports.rowsOf', { done: number(job.rowsRead), total: max ? number(max) : '?' }) }}</p>
      <p role="status">{{ $t('adm.imports.labelled', { label: $t('common.status') }) }}
        <span data-testid="import-status" :data-status="job.status"
              :class="['badge', { ok: job.status === 'COMPLETED', bad: job.status === 'FAILED' }]">{{ $t('adm.importStatus.' + job.status) }}</span>
      </p>
      <ul class="counts" data-testid="import-counts">
        <li>{{ $t('adm.imports.labelled', { label: $t('adm.imports.rowsRead') }) }} <strong data-count="rowsRead">{{ number(job.rowsRead) }}</strong></li>
        <li>{{ $t('adm.imports.labelled', { label: $t('adm.imports.imported') }) }} <strong data-count="imported">{{ number(job.imported) }}</strong></li>
        <li>{{ $t('adm.imports.labelled', { label: $t('adm.imports.alreadyPresent') }) }} <strong data-count="alreadyPresent">{{ number(job.alreadyPresent) }}</strong></li>
        <li>{{ $t('adm.imports.labelled', { label: $t('adm.imports.rejected') }) }} <strong data-count="rejected">{{ number(job.rejected) }}</strong></li>
      </ul>
      <p v-if="job.failure" class="alert error" role="alert">{{ $t('adm.imports.failed') }} — {{ job.failure }}</p>
      <p class="muted">{{ $t('adm.imports.startedBy', { who: job.createdBy, at: dateTime(job.createdAt) }) }}
        <template v-if="job.finishedAt"> · {{ $t('adm.imports.finishedAt', { at: dateTime(job.finishedAt) }) }}</template></p>
      <template v-if="errors && errors.total">
        <h3>{{ $t('adm.imports.errors') }}</h3>
        <DataTable testid="import-errors" row-key="_" :columns="errorColumns" :rows="errors.items" :page="errors" @page="loadErrors" />
      </template>
      <p v-else-if="errors && !running" class="muted">{{ $t('adm.imports.noErrors') }}</p>
      <ActionProblem :error="errorsFailed" />
    </section>`,
});

export const Imports = defineComponent({
  name: 'AdmissionsImports',
  components: { ImportJob, StatusBadge, ActionProblem },
  setup() {
    const { t } = useI18n();
    const route = useRoute();
    const router = useRouter();
    const year = useYear();
    const academicYear = ref(year.value);
    const years = computed(() => academicYears(year.value, 2, 1).map((y) => ({ value: y, label: y })));
    const file = ref(null);
    const { busy, error, act } = useAction();
    const job = ref(null);
    const pollError = ref(null);
    const recent = ref([]);
    let timer = null;
    let alive = true;

    async function loadRecent() {
      try {
        recent.value = await api.get('/v1/imports');
      } catch (e) {
        pollError.value = e;
      }
    }
    function stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    }
    async function poll() {
      timer = null;
      if (!job.value || !alive) return;
      try {
        job.value = await api.get(`/v1/imports/${job.value.id}`);
        pollError.value = null;
      } catch (e) {
        pollError.value = e;
      }
      if (!alive) return;
      if (RUNNING.includes(job.value.status)) timer = setTimeout(poll, POLL_MS);
      else loadRecent();
    }
    function follow(next) {
      stop();
      job.value = next;
      if (route.query.job !== next.id) router.replace({ query: { job: next.id } });
      if (RUNNING.includes(next.status)) timer = setTimeout(poll, POLL_MS);
    }
    async function open(id) {
      try {
        follow(await api.get(`/v1/imports/${id}`));
      } catch (e) {
        pollError.value = e;
      }
    }
    function pick(event) {
      file.value = event.target.files && event.target.files[0] ? event.target.files[0] : null;
    }
    function upload() {
      const chosen = file.value;
      return act(() => {
        if (!chosen) throw new ApiError(400, { title: t('adm.imports.chooseFile'), errors: [{ field: 'body', message: t('adm.imports.chooseFile') }] });
        return Promise.all([
          api.upload('/v1/imports', typed(chosen), { academicYear: academicYear.value, fileName: chosen.name }),
          countRows(chosen).catch(() => null),
        ]);
      }, ([started, total]) => {
        totals.set(started.id, total);
        follow(started);
        loadRecent();
      });
    }
    const fileError = computed(() => (error.value && error.value.field ? error.value.field('body') : null));
    const yearError = computed(() => (error.value && error.value.field ? error.value.field('academicYear') : null));
    onBeforeUnmount(() => { alive = false; stop(); });
    loadRecent();
    if (route.query.job) open(route.query.job);

    const columns = computed(() => [
      { key: 'createdAt', label: t('adm.imports.startedAt'), value: (j) => dateTime(j.createdAt) },
      { key: 'fileName', label: t('adm.imports.file') },
      { key: 'academicYear', label: t('common.academicYear') },
      { key: 'status', label: t('common.status') },
      { key: 'rowsRead', label: t('adm.imports.rowsRead'), num: true, value: (j) => number(j.rowsRead) },
      { key: 'imported', label: t('adm.imports.imported'), num: true, value: (j) => number(j.imported) },
      { key: 'alreadyPresent', label: t('adm.imports.alreadyPresent'), num: true, value: (j) => number(j.alreadyPresent) },
      { key: 'rejected', label: t('adm.imports.rejected'), num: true, value: (j) => number(j.rejected) },
      { key: 'createdBy', label: t('adm.imports.by') },
    ]);
    const total = computed(() => (job.value ? totals.get(job.value.id) ?? null : null));
    return { academicYear, years, file, error, busy, job, total, pollError, recent, columns, pick, upload, open, fileError, yearError };
  },
  template: `
    <div>
      <h1>{{ $t('adm.imports.title') }}</h1>
      <section class="card">
        <h2>{{ $t('adm.imports.upload') }}</h2>
        <p class="muted">{{ $t('adm.imports.intro') }}</p>
        <form class="form" data-testid="import-form" @submit.prevent="upload">
          <div class="actions"><ActionProblem :error="error" :shown="['academicYear', 'body']" /></div>
          <Field :label="$t('common.academicYear')" name="academicYear" v-model="academicYear" :options="years" :error="yearError" required />
          <div class="field file-field">
            <label for="import-file">{{ $t('adm.imports.file') }}<span aria-hidden="true"> *</span></label>
            <input id="import-file" type="file" name="body" data-testid="import-file" required
                   accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                   :aria-invalid="fileError ? 'true' : 'false'" :aria-describedby="fileError ? 'import-file-error' : 'import-file-help'" @change="pick">
            <span v-if="!fileError" id="import-file-help" class="help">{{ $t('adm.imports.fileHelp') }}</span>
            <span v-else id="import-file-error" class="error" role="alert">{{ fileError }}</span>
          </div>
          <div class="actions">
            <button type="submit" data-testid="import-submit" :disabled="busy">{{ busy ? $t('adm.imports.sending') : $t('adm.imports.submit') }}</button>
          </div>
        </form>
      </section>
      <ActionProblem :error="pollError" />
      <ImportJob v-if="job" :job="job" :total="total" />
      <section class="card">
        <h2>{{ $t('adm.imports.recent') }}</h2>
        <DataTable testid="imports-table" :columns="columns" :rows="recent" clickable @select="open($event.id)">
          <template #cell-status="{ row }"><StatusBadge prefix="adm.importStatus" :code="row.status" :good="['COMPLETED']" :bad="['FAILED']" /></template>
        </DataTable>
      </section>
    </div>`,
});
