// The city's signed ledger digests as the region received them (GET /v1/audit/digests), and the
// verification of what the region received of the city's chain against the latest of them, or a
// chosen one (GET /v1/audit/verification): verified, or broken at which entry and why (deleted,
// reordered, edited, digest-signature, truncated, rewritten).
import { defineComponent, ref, computed, onMounted, watch } from 'vue';
import { api } from '../../api.js';
import { t } from '../../i18n.js';
import { name, dateTime, number } from '../../format.js';
import { Hash, useRun } from '../national/common.js';
import { myCities, myRegion } from './lines.js';

export const Verification = defineComponent({
  name: 'AuditVerification',
  components: { Hash },
  setup() {
    const cities = computed(() => myCities().map((c) => ({ value: c.code, label: name(c.name) })));
    const city = ref(cities.value[0]?.value || '');
    const digest = ref('');
    const page = ref(0);
    const digests = ref(null);
    const result = ref(null);
    const { error, loading, run } = useRun(async () => {
      const [check, list] = await Promise.all([
        api.get('/v1/audit/verification', { city: city.value, digest: digest.value }),
        api.get('/v1/audit/digests', { city: city.value, page: page.value, size: 10 }),
      ]);
      result.value = check;
      digests.value = list;
    });
    onMounted(run);
    watch([city, digest, page], run);

    const verdict = computed(() => {
      const r = result.value;
      if (!r) return null;
      if (r.valid) return { ok: true, text: t('audit.verify.verified') };
      const b = r.firstBroken || {};
      return { ok: false, text: t('audit.verify.broken', { sequence: number(b.sequence) }),
        reason: t(`audit.reason.${b.reason}`), detail: b.detail };
    });
    const columns = computed(() => [
      { key: 'producedAt', label: t('national.digests.producedAt'), value: (d) => dateTime(d.producedAt) },
      { key: 'receivedAt', label: t('national.digests.receivedAt'), value: (d) => dateTime(d.receivedAt) },
      { key: 'entryCount', label: t('national.digests.entries'), num: true, value: (d) => number(d.entryCount) },
      { key: 'headHash', label: t('national.digests.head') },
      { key: 'keyId', label: t('national.digests.keyId') },
      { key: 'actions', label: t('common.actions') },
    ]);
    return { cities, city, digest, page, digests, result, verdict, columns, error, loading, run, region: computed(myRegion), dateTime, number };
  },
  template: `
    <div>
      <h1>{{ $t('audit.verify.title', { region: region.name }) }}</h1>
      <p class="muted">{{ $t('audit.verify.intro') }}</p>
      <div class="toolbar">
        <Field v-if="cities.length > 1" :label="$t('common.city')" name="city" v-model="city" :options="cities" :error="error" />
        <span v-else-if="cities.length" class="muted">{{ $t('audit.verify.cityOf', { city: cities[0].label }) }}</span>
        <button type="button" data-testid="audit-verify" :disabled="loading" @click="run">{{ $t('audit.verify.run') }}</button>
        <button type="button" class="secondary" data-testid="audit-refresh" :disabled="loading" @click="run">{{ $t('common.refresh') }}</button>
      </div>
      <ProblemAlert :error="error" />
      <section class="card" data-testid="audit-verification" :data-status="verdict ? (verdict.ok ? 'verified' : 'broken') : null">
        <h2>{{ $t('audit.verify.result') }}</h2>
        <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
        <template v-if="result && verdict">
          <div class="verdict" :class="verdict.ok ? 'ok' : 'bad'" role="status" data-testid="audit-verdict">
            <span>{{ verdict.ok ? '✓' : '✗' }} {{ verdict.text }}</span>
            <span v-if="!verdict.ok" data-testid="audit-broken-reason">{{ verdict.reason }}</span>
            <span v-if="!verdict.ok && verdict.detail" class="detail"><bdi>{{ verdict.detail }}</bdi></span>
          </div>
          <p class="muted">{{ digest ? $t('audit.verify.againstChosen') : $t('audit.verify.againstLatest') }}
            <button v-if="digest" type="button" class="secondary" @click="digest = ''">{{ $t('audit.verify.useLatest') }}</button></p>
          <div class="grid">
            <Stat testid="audit-entries" :label="$t('audit.verify.entries')" :value="number(result.entries)" />
            <Stat testid="audit-held-entries" :label="$t('audit.verify.held')" :value="number(result.heldEntries)" :hint="$t('audit.verify.heldHint')" />
            <Stat testid="audit-lines-checked" :label="$t('audit.verify.lines')" :value="number(result.linesChecked)" />
            <Stat testid="audit-documents-checked" :label="$t('audit.verify.documents')" :value="number(result.documentsChecked)" />
          </div>
          <dl class="facts" style="margin-block-start: 1rem">
            <dt>{{ $t('audit.verify.head') }}</dt><dd><Hash :value="result.head" /></dd>
            <template v-if="result.digest">
              <dt>{{ $t('audit.verify.digest') }}</dt>
              <dd>{{ $t('audit.verify.digestFacts', { n: number(result.digest.entryCount), at: dateTime(result.digest.producedAt) }) }}</dd>
              <dt>{{ $t('national.digests.head') }}</dt><dd><Hash :value="result.digest.headHash" /></dd>
              <dt>{{ $t('national.digests.keyId') }}</dt><dd><Hash :value="result.digest.keyId" /></dd>
            </template>
            <template v-else><dt>{{ $t('audit.verify.digest') }}</dt><dd>{{ $t('audit.verify.noDigest') }}</dd></template>
          </dl>
        </template>
      </section>
      <section class="card">
        <h2>{{ $t('audit.verify.digests') }}</h2>
        <DataTable v-if="digests" :columns="columns" :rows="digests.items" :page="digests" testid="audit-digests-table" @page="page = $event">
          <template #cell-headHash="{ row }"><Hash :value="row.headHash" short /></template>
          <template #cell-keyId="{ row }"><Hash :value="row.keyId" short /></template>
          <template #cell-actions="{ row }">
            <button type="button" class="secondary" :aria-pressed="digest === row.id ? 'true' : 'false'" @click="digest = row.id">{{ $t('audit.verify.against') }}</button>
          </template>
        </DataTable>
      </section>
    </div>`,
});
