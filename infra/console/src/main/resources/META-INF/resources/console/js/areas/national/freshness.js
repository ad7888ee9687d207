// How fresh HQ's copy of each city's figures is (GET /v1/national/freshness): per city the last
// snapshot HQ applied and its lag, per source when the city computed it, when HQ applied and last
// received one, and the late snapshots it dropped. A city whose last applied snapshot is older
// than the limit the analyst sets (two hours by default: the relay sends a full snapshot of each
// city every hour) is flagged stale; one HQ has nothing of is flagged too.
import { defineComponent, ref, computed, onMounted } from 'vue';
import { api } from '../../api.js';
import { t } from '../../i18n.js';
import { dateTime, number, name } from '../../format.js';
import { ExportButtons, regionName, useRun } from './common.js';

/** Hours after which a city's (or a source's) last applied snapshot counts as stale. */
export const freshnessLimit = ref(2);

/** 'missing' (nothing applied), 'stale' (older than the limit) or 'fresh'. */
export function staleness(appliedAt, now = Date.now()) {
  if (!appliedAt) return 'missing';
  return now - Date.parse(appliedAt) > Number(freshnessLimit.value || 0) * 3600000 ? 'stale' : 'fresh';
}

export const StaleBadge = defineComponent({
  name: 'NationalStaleBadge',
  props: { city: { type: Object, required: true } },
  setup(props) {
    const state = computed(() => staleness(props.city.lastAppliedAt));
    return { state };
  },
  template: `<span class="badge" :class="state === 'fresh' ? 'ok' : 'bad'" :data-testid="'freshness-status-' + city.city.code"
    :data-status="state">{{ $t('national.fresh.state.' + state) }}</span>`,
});

export const Freshness = defineComponent({
  name: 'NationalFreshness',
  components: { ExportButtons, StaleBadge },
  setup() {
    const cities = ref([]);
    const chosen = ref(null);
    const { error, loading, run } = useRun(async () => {
      cities.value = await api.get('/v1/national/freshness');
      if (chosen.value) chosen.value = cities.value.find((c) => c.city.code === chosen.value.city.code) || null;
    });
    onMounted(run);
    const rows = computed(() => cities.value.map((c) => ({ ...c, code: c.city.code })));
    const counts = computed(() => {
      const states = cities.value.map((c) => staleness(c.lastAppliedAt));
      const lags = cities.value.map((c) => Number(c.lagSeconds)).filter((v) => !Number.isNaN(v) && v !== 0);
      return {
        fresh: states.filter((s) => s === 'fresh').length,
        stale: states.filter((s) => s !== 'fresh').length,
        maxLag: lags.length ? Math.max(...lags) : null,
      };
    });
    const columns = computed(() => [
      { key: 'name', label: t('national.dimension.city'), value: (c) => name(c.city.name) || c.city.code },
      { key: 'region', label: t('national.dimension.region'), value: (c) => regionName(c.city.region) },
      { key: 'state', label: t('common.status') },
      { key: 'lastAppliedAt', label: t('national.fresh.lastApplied'), value: (c) => dateTime(c.lastAppliedAt) },
      { key: 'lagSeconds', label: t('national.fresh.lag'), num: true, value: (c) => number(c.lagSeconds, 1) },
      { key: 'sources', label: t('national.fresh.sources'), num: true, value: (c) => number(c.sources.length) },
      { key: 'dropped', label: t('national.fresh.staleReceived'), num: true, value: (c) => number(c.sources.reduce((s, x) => s + Number(x.staleReceived || 0), 0)) },
    ]);
    const sourceColumns = computed(() => [
      { key: 'source', label: t('national.dimension.source'), value: (s) => t(`national.source.${s.source}`) },
      { key: 'state', label: t('common.status') },
      { key: 'changedSince', label: t('national.fresh.changedSince'), value: (s) => dateTime(s.changedSince) },
      { key: 'computedAt', label: t('national.fresh.computedAt'), value: (s) => dateTime(s.computedAt) },
      { key: 'appliedAt', label: t('national.fresh.appliedAt'), value: (s) => dateTime(s.appliedAt) },
      { key: 'receivedAt', label: t('national.fresh.receivedAt'), value: (s) => dateTime(s.receivedAt) },
      { key: 'lagSeconds', label: t('national.fresh.lag'), num: true, value: (s) => number(s.lagSeconds, 1) },
      { key: 'figures', label: t('national.fresh.figures'), num: true, value: (s) => number(s.figures) },
      { key: 'staleReceived', label: t('national.fresh.staleReceived'), num: true, value: (s) => number(s.staleReceived) },
    ]);
    const choose = (row) => { chosen.value = row; };
    return { rows, counts, columns, sourceColumns, chosen, choose, error, loading, run, freshnessLimit, staleness, name, number };
  },
  template: `
    <div>
      <h1>{{ $t('national.fresh.title') }}</h1>
      <div class="toolbar">
        <Field :label="$t('national.fresh.limit')" type="number" name="limit" min="0" step="0.5" v-model="freshnessLimit" :help="$t('national.fresh.limitHelp')" />
        <button type="button" class="secondary" data-testid="national-refresh" :disabled="loading" @click="run">{{ $t('common.refresh') }}</button>
        <ExportButtons path="/v1/national/freshness" filename="national-freshness" testid="national-freshness-export" />
      </div>
      <ProblemAlert :error="error" />
      <div class="grid">
        <Stat testid="national-fresh-ok" :label="$t('national.fresh.okCities')" :value="number(counts.fresh)" />
        <Stat testid="national-fresh-stale" :label="$t('national.fresh.staleCities')" :value="number(counts.stale)" />
        <Stat testid="national-fresh-max-lag" :label="$t('national.fresh.maxLag')" :value="counts.maxLag === null ? '—' : $t('national.fresh.seconds', { n: number(counts.maxLag, 1) })" />
      </div>
      <section class="card" style="margin-block-start: 1rem">
        <h2>{{ $t('national.fresh.perCity') }}</h2>
        <p class="muted">{{ $t('national.fresh.openHint') }}</p>
        <DataTable :columns="columns" :rows="rows" row-key="code" clickable testid="national-freshness-table" @select="choose">
          <template #cell-state="{ row }"><StaleBadge :city="row" /></template>
        </DataTable>
      </section>
      <section v-if="chosen" class="card" data-testid="national-freshness-sources">
        <h2>{{ $t('national.fresh.sourcesOf', { city: name(chosen.city.name) }) }}</h2>
        <DataTable :columns="sourceColumns" :rows="chosen.sources" row-key="source">
          <template #cell-state="{ row }">
            <span class="badge" :class="staleness(row.appliedAt) === 'fresh' ? 'ok' : 'bad'">{{ $t('national.fresh.state.' + staleness(row.appliedAt)) }}</span>
          </template>
        </DataTable>
      </section>
    </div>`,
});
