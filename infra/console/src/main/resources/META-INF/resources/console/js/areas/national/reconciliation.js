// The reconciliation of HQ with the cities (ADR 0017): run one now, read the latest (or a past
// run, /hq/reconciliation/:id) with its differences, and page through the past runs. A difference
// is DIFFERENT (should never happen), IN_FLIGHT (the relay is still bringing it) or FROZEN (a
// period HQ closed). Runs and differences export as CSV and XLSX.
import { defineComponent, ref, computed, onMounted, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { api } from '../../api.js';
import { t } from '../../i18n.js';
import { dateTime, number } from '../../format.js';
import { ExportButtons, cityName, periodLabel, figureLabel, formatValue, useRun } from './common.js';

const KIND_BADGE = { DIFFERENT: 'bad', IN_FLIGHT: 'info', FROZEN: 'info' };

export const Reconciliation = defineComponent({
  name: 'NationalReconciliation',
  components: { ExportButtons },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const result = ref(null);
    const runs = ref(null);
    const page = ref(0);
    const running = ref(false);
    const runError = ref(null);
    const done = ref('');
    const id = computed(() => route.params.id || '');

    const { error, loading, run } = useRun(async () => {
      // The past runs first: "latest" is asked for only when there is one (it answers 404 otherwise).
      const list = await api.get('/v1/national/reconciliation', { page: page.value, size: 10 });
      const one = id.value
        ? await api.get(`/v1/national/reconciliation/${encodeURIComponent(id.value)}`)
        : list.total > 0 ? await api.get('/v1/national/reconciliation/latest') : null;
      result.value = one;
      runs.value = list;
    });
    onMounted(run);
    watch([id, page], run);

    async function reconcile() {
      running.value = true;
      runError.value = null;
      done.value = '';
      try {
        const answer = await api.post('/v1/national/reconciliation');
        done.value = t('national.recon.done', { differences: number(answer.run.differences), compared: number(answer.run.compared) });
        page.value = 0;
        if (id.value) await router.push('/hq/reconciliation');
        await run();
        result.value = answer;
      } catch (e) {
        runError.value = e;
      } finally {
        running.value = false;
      }
    }

    const runColumns = computed(() => [
      { key: 'startedAt', label: t('national.recon.startedAt'), value: (r) => dateTime(r.startedAt) },
      { key: 'origin', label: t('national.recon.origin'), value: (r) => t(`national.recon.origins.${r.origin}`) },
      { key: 'requestedBy', label: t('national.recon.requestedBy') },
      { key: 'status', label: t('common.status') },
      { key: 'cities', label: t('national.recon.cities'), num: true, value: (r) => number(r.cities) },
      { key: 'compared', label: t('national.recon.compared'), num: true, value: (r) => number(r.compared) },
      { key: 'differences', label: t('national.recon.differences'), num: true, value: (r) => number(r.differences) },
      { key: 'inFlight', label: t('national.recon.inFlight'), num: true, value: (r) => number(r.inFlight) },
      { key: 'frozen', label: t('national.recon.frozen'), num: true, value: (r) => number(r.frozen) },
    ]);
    const differenceColumns = computed(() => [
      { key: 'city', label: t('national.dimension.city'), value: (d) => cityName(d.city) },
      { key: 'source', label: t('national.dimension.source'), value: (d) => t(`national.source.${d.source}`) },
      { key: 'period', label: t('national.dimension.period'), value: (d) => periodLabel(d.period) },
      { key: 'measure', label: t('national.recon.measure'), value: (d) => figureLabel(d.measure) },
      { key: 'cityValue', label: t('national.recon.cityValue'), num: true, value: (d) => formatValue(d.measure, d.cityValue) },
      { key: 'hqValue', label: t('national.recon.hqValue'), num: true, value: (d) => formatValue(d.measure, d.hqValue) },
      { key: 'kind', label: t('national.recon.kind') },
      { key: 'hqComputedAt', label: t('national.recon.hqComputedAt'), value: (d) => dateTime(d.hqComputedAt) },
      { key: 'cityChangedAt', label: t('national.recon.cityChangedAt'), value: (d) => dateTime(d.cityChangedAt) },
    ]);
    const differences = computed(() => (result.value?.differences || []).map((d, i) => ({ ...d, key: i })));
    const open = (r) => router.push(`/hq/reconciliation/${r.id}`);
    return {
      id, result, runs, page, running, runError, done, error, loading, run, reconcile, runColumns, differenceColumns,
      differences, open, dateTime, number, KIND_BADGE,
    };
  },
  template: `
    <div>
      <h1>{{ $t('national.recon.title') }}</h1>
      <p class="muted">{{ $t('national.recon.intro') }}</p>
      <div class="toolbar">
        <button type="button" data-testid="reconciliation-run" :disabled="running" @click="reconcile">{{ running ? $t('national.recon.running') : $t('national.recon.run') }}</button>
        <button type="button" class="secondary" data-testid="national-refresh" :disabled="loading" @click="run">{{ $t('common.refresh') }}</button>
      </div>
      <div v-if="done" class="alert ok" role="status" data-testid="reconciliation-done">{{ done }}</div>
      <ProblemAlert :error="runError" />
      <ProblemAlert :error="error" />
      <section class="card" data-testid="reconciliation-result">
        <h2>{{ id ? $t('national.recon.oneRun') : $t('national.recon.latest') }}</h2>
        <p v-if="id"><router-link to="/hq/reconciliation">{{ $t('national.recon.backLatest') }}</router-link></p>
        <p v-if="!result && !loading" class="muted">{{ $t('national.recon.none') }}</p>
        <template v-if="result">
          <p class="inline-facts">
            <span class="badge" :class="result.run.status === 'COMPLETED' && !result.run.differences ? 'ok' : 'bad'" data-testid="reconciliation-status">
              {{ $t('national.recon.statuses.' + result.run.status) }}</span>
            <span class="muted">{{ $t('national.recon.when', { at: dateTime(result.run.startedAt), by: result.run.requestedBy || $t('national.recon.origins.' + result.run.origin) }) }}</span>
          </p>
          <div class="grid">
            <Stat testid="reconciliation-cities" :label="$t('national.recon.cities')" :value="number(result.run.cities)" />
            <Stat testid="reconciliation-compared" :label="$t('national.recon.compared')" :value="number(result.run.compared)" />
            <Stat testid="reconciliation-differences" :label="$t('national.recon.differences')" :value="number(result.run.differences)" :hint="$t('national.recon.differencesHint')" />
            <Stat testid="reconciliation-in-flight" :label="$t('national.recon.inFlight')" :value="number(result.run.inFlight)" :hint="$t('national.recon.inFlightHint')" />
            <Stat testid="reconciliation-frozen" :label="$t('national.recon.frozen')" :value="number(result.run.frozen)" :hint="$t('national.recon.frozenHint')" />
          </div>
          <p v-if="result.run.failures" class="alert error" data-testid="reconciliation-failures">{{ $t('national.recon.failures', { cities: result.run.failures }) }}</p>
          <h3>{{ $t('national.recon.differencesTitle') }}</h3>
          <div class="toolbar">
            <ExportButtons :path="'/v1/national/reconciliation/' + result.run.id + '/differences'" filename="reconciliation-differences" testid="reconciliation-differences-export" />
          </div>
          <DataTable :columns="differenceColumns" :rows="differences" row-key="key" testid="reconciliation-differences-table">
            <template #cell-kind="{ row }"><span class="badge" :class="KIND_BADGE[row.kind]">{{ $t('national.recon.kinds.' + row.kind) }}</span></template>
          </DataTable>
        </template>
      </section>
      <section class="card">
        <h2>{{ $t('national.recon.runs') }}</h2>
        <div class="toolbar"><ExportButtons path="/v1/national/reconciliation/runs" filename="reconciliation-runs" testid="reconciliation-runs-export" /></div>
        <DataTable v-if="runs" :columns="runColumns" :rows="runs.items" :page="runs" clickable testid="reconciliation-runs-table" @select="open" @page="page = $event">
          <template #cell-requestedBy="{ row }"><bdi>{{ row.requestedBy || '—' }}</bdi></template>
          <template #cell-status="{ row }"><span class="badge" :class="row.status === 'COMPLETED' ? 'ok' : row.status === 'FAILED' ? 'bad' : ''">{{ $t('national.recon.statuses.' + row.status) }}</span></template>
        </DataTable>
      </section>
    </div>`,
});
