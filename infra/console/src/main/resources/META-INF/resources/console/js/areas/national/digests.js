// The cities' signed ledger digests as HQ received and verified them (ADR 0014): each city's
// latest, or every digest of one city. Anyone holding a city's ledger export can check it against
// them offline; the key id is the SHA-256 of the public key that came with the digest.
import { defineComponent, ref, computed, onMounted, watch } from 'vue';
import { api } from '../../api.js';
import { session } from '../../session.js';
import { t } from '../../i18n.js';
import { dateTime, number, name } from '../../format.js';
import { ExportButtons, Hash, cityName, cityOptions, useRun } from './common.js';

export const Digests = defineComponent({
  name: 'NationalDigests',
  components: { ExportButtons, Hash },
  setup() {
    const city = ref('');
    const digests = ref([]);
    const { error, loading, run } = useRun(async () => {
      digests.value = await api.get('/v1/national/ledger/digests', { city: city.value });
    });
    onMounted(run);
    watch(city, run);
    const cities = computed(() => [{ value: '', label: t('national.digests.latestOfEach') },
      ...cityOptions()]);
    const columns = computed(() => [
      { key: 'city', label: t('national.dimension.city'), value: (d) => cityName(d.city) },
      { key: 'entryCount', label: t('national.digests.entries'), num: true, value: (d) => number(d.entryCount) },
      { key: 'producedAt', label: t('national.digests.producedAt'), value: (d) => dateTime(d.producedAt) },
      { key: 'receivedAt', label: t('national.digests.receivedAt'), value: (d) => dateTime(d.receivedAt) },
      { key: 'headHash', label: t('national.digests.head') },
      { key: 'keyId', label: t('national.digests.keyId') },
      { key: 'signature', label: t('national.digests.signature') },
    ]);
    const missing = computed(() => city.value ? [] : (session.config?.cities || [])
      .filter((c) => !digests.value.some((d) => d.city === c.code)).map((c) => name(c.city)));
    return { city, cities, digests, columns, missing, error, loading, run };
  },
  template: `
    <div>
      <h1>{{ $t('national.digests.title') }}</h1>
      <p class="muted">{{ $t('national.digests.intro') }}</p>
      <div class="toolbar">
        <Field :label="$t('national.dimension.city')" name="city" v-model="city" :options="cities" />
        <button type="button" class="secondary" data-testid="national-refresh" :disabled="loading" @click="run">{{ $t('common.refresh') }}</button>
        <ExportButtons path="/v1/national/ledger/digests" :params="{ city }" filename="ledger-digests" testid="national-digests-export" />
      </div>
      <ProblemAlert :error="error" />
      <p v-if="missing.length" class="alert info" data-testid="national-digests-missing">{{ $t('national.digests.missing', { cities: missing.join(' · ') }) }}</p>
      <DataTable :columns="columns" :rows="digests" testid="national-digests-table">
        <template #cell-headHash="{ row }"><Hash :value="row.headHash" short /></template>
        <template #cell-keyId="{ row }"><Hash :value="row.keyId" short /></template>
        <template #cell-signature="{ row }"><span class="badge ok">{{ $t('national.digests.verified') }}</span></template>
      </DataTable>
    </div>`,
});
