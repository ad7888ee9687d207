// The city's ledger (ADR 0014), read-only: whether its chain is intact (or the first bad entry),
// its entries, its signed digests (a city director signs one now), its export for the command-line
// verifier and the platform's public key the digests verify with.
import { defineComponent, ref, computed, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../../api.js';
import { useLoad } from '../../components/index.js';
import { number, money, dateTime } from '../../format.js';
import { isDirector, useAction, download, saveBlob, usePaged, kit } from './kit.js';

/** A ledger code (`payment.made`, `digest-signature`) as a message key. */
export const codeKey = (code) => String(code).replace(/[.-]/g, '_');

const Ledger = defineComponent({
  name: 'FinanceLedger',
  components: kit,
  setup() {
    const { t, te } = useI18n();
    const { data: verification, error: verificationError, loading: verifying, run: verify } = useLoad(() => api.get('/v1/ledger/verification'));
    const { list: entries, error: entriesError, load: loadEntries } = usePaged('/v1/ledger/entries');
    const entry = ref(null);
    const { list: digests, error: digestsError, load: loadDigests } = usePaged('/v1/ledger/digests', () => ({}), 10);
    const produce = useAction(async () => {
      const digest = await api.post('/v1/ledger/digests');
      await Promise.all([loadDigests(0), verify()]);
      return digest;
    });
    const publicKey = ref(null);
    const keyError = ref(null);
    const exportError = ref(null);
    async function exportChain() {
      exportError.value = null;
      try {
        await download('/v1/ledger/export', {}, 'ledger.jsonl');
      } catch (e) {
        exportError.value = e;
      }
    }
    const downloadKey = () => saveBlob(new Blob([publicKey.value.pem], { type: 'application/x-pem-file' }),
      `ledger-key-${publicKey.value.keyId.slice(0, 12)}.pem`);
    onMounted(async () => {
      verify();
      loadEntries(0);
      loadDigests(0);
      try {
        publicKey.value = await api.get('/v1/ledger/public-key');
      } catch (e) {
        keyError.value = e;
      }
    });
    const typeLabel = (type) => (te(`finance.ledger.types.${codeKey(type)}`) ? t(`finance.ledger.types.${codeKey(type)}`) : type);
    const reasonLabel = (reason) => (te(`finance.ledger.reasons.${codeKey(reason)}`) ? t(`finance.ledger.reasons.${codeKey(reason)}`) : reason);
    // What the entry is about, from its facts: a reference, an invoice number, a file or a label.
    const subjectOf = (r) => { const f = r.facts || {}; return f.reference || f.number || f.fileName || f.label || '—'; };
    const short = (hash) => (hash ? `${hash.slice(0, 12)}…` : '—');
    const entryColumns = computed(() => [
      { key: 'sequence', label: t('finance.ledger.sequence'), num: true },
      { key: 'recordedAt', label: t('finance.ledger.recordedAt'), value: (r) => dateTime(r.recordedAt) },
      { key: 'type', label: t('finance.ledger.type'), value: (r) => typeLabel(r.type) },
      { key: 'actor', label: t('finance.ledger.actor') },
      { key: 'reference', label: t('finance.ledger.reference'), value: subjectOf },
      { key: 'amount', label: t('common.amount'), num: true, value: (r) => (r.facts && r.facts.amount ? money(r.facts.amount) : '—') },
      { key: 'hash', label: t('finance.ledger.hash') },
    ]);
    const digestColumns = computed(() => [
      { key: 'producedAt', label: t('finance.ledger.producedAt'), value: (r) => dateTime(r.producedAt) },
      { key: 'entryCount', label: t('finance.ledger.entryCount'), num: true, value: (r) => number(r.entryCount) },
      { key: 'headHash', label: t('finance.ledger.head') },
      { key: 'keyId', label: t('finance.ledger.keyId') },
      { key: 'signature', label: t('finance.ledger.signature') },
    ]);
    const facts = computed(() => (entry.value ? Object.entries(entry.value.facts || {}).sort(([a], [b]) => a.localeCompare(b)) : []));
    return { verification, verificationError, verifying, verify, entries, entriesError, entry, loadEntries, digests, digestsError,
      loadDigests, produce, publicKey, keyError, exportError, exportChain, downloadKey, typeLabel, reasonLabel, short, entryColumns,
      digestColumns, facts, isDirector, number, dateTime };
  },
  template: `
    <div class="fin">
      <h1>{{ $t('finance.ledger.title') }}</h1>
      <p class="muted">{{ $t('finance.ledger.intro') }}</p>

      <section class="card" data-testid="ledger-verification">
        <h2>{{ $t('finance.ledger.verification') }}</h2>
        <ProblemAlert :error="verificationError" />
        <template v-if="verification">
          <div v-if="verification.valid" class="alert ok" role="status" data-testid="ledger-result" data-valid="true">
            <strong>{{ $t('finance.ledger.intact') }}</strong> — {{ $t('finance.ledger.intactDetail', { n: number(verification.entries) }) }}
          </div>
          <div v-else class="alert error" role="alert" data-testid="ledger-result" data-valid="false">
            <strong>{{ $t('finance.ledger.broken') }}</strong> —
            {{ $t('finance.ledger.firstBroken', { sequence: number(verification.firstBroken.sequence), reason: reasonLabel(verification.firstBroken.reason) }) }}
            <div v-if="verification.firstBroken.detail" class="fin-detail-text" dir="ltr">{{ verification.firstBroken.detail }}</div>
          </div>
          <dl class="facts">
            <dt>{{ $t('finance.ledger.entries') }}</dt><dd>{{ number(verification.entries) }}</dd>
            <dt>{{ $t('finance.ledger.head') }}</dt><dd><code class="fin-hash" dir="ltr">{{ verification.head }}</code></dd>
            <template v-if="verification.digest">
              <dt>{{ $t('finance.ledger.lastDigest') }}</dt>
              <dd>{{ $t('finance.ledger.digestSummary', { n: number(verification.digest.entryCount), at: dateTime(verification.digest.producedAt) }) }}</dd>
            </template>
          </dl>
        </template>
        <p><button type="button" class="secondary" :disabled="verifying" @click="verify" data-testid="ledger-verify">{{ $t('finance.ledger.verifyAgain') }}</button></p>
      </section>

      <section class="card">
        <h2>{{ $t('finance.ledger.entries') }}</h2>
        <ProblemAlert :error="entriesError" />
        <DataTable v-if="entries" testid="ledger-entries-table" :rows="entries.items" :page="entries" @page="loadEntries" :columns="entryColumns" clickable @select="entry = $event">
          <template #cell-hash="{ row }"><code class="fin-hash fin-short" dir="ltr" :title="row.hash">{{ short(row.hash) }}</code></template>
        </DataTable>
        <div v-if="entry" class="fin-sub" data-testid="ledger-entry">
          <h3>{{ $t('finance.ledger.entry', { n: number(entry.sequence), type: typeLabel(entry.type) }) }}</h3>
          <p class="muted">{{ $t('finance.ledger.factsNote') }}</p>
          <dl class="facts fin-facts" dir="ltr">
            <template v-for="[k, v] in facts" :key="k"><dt><code>{{ k }}</code></dt><dd><bdi>{{ v }}</bdi></dd></template>
            <dt><code>previousHash</code></dt><dd><code class="fin-hash">{{ entry.previousHash }}</code></dd>
            <dt><code>hash</code></dt><dd><code class="fin-hash">{{ entry.hash }}</code></dd>
          </dl>
        </div>
      </section>

      <section class="card">
        <h2>{{ $t('finance.ledger.digests') }}</h2>
        <p class="muted">{{ $t('finance.ledger.digestsIntro') }}</p>
        <p v-if="produce.done.value" class="alert ok" role="status" data-testid="ledger-digest-produced">
          {{ $t('finance.ledger.produced', { n: number(produce.done.value.entryCount) }) }}</p>
        <Refusal :error="produce.error.value" />
        <p v-if="isDirector()"><button type="button" :disabled="produce.busy.value" @click="produce.run()" data-testid="ledger-digest-produce">{{ $t('finance.ledger.produce') }}</button></p>
        <ProblemAlert :error="digestsError" />
        <DataTable v-if="digests" testid="ledger-digests-table" :rows="digests.items" :page="digests" @page="loadDigests" :columns="digestColumns">
          <template #cell-headHash="{ row }"><code class="fin-hash fin-short" dir="ltr" :title="row.headHash">{{ short(row.headHash) }}</code></template>
          <template #cell-keyId="{ row }"><code class="fin-hash fin-short" dir="ltr" :title="row.keyId">{{ short(row.keyId) }}</code></template>
          <template #cell-signature="{ row }"><code class="fin-hash fin-short" dir="ltr" :title="row.signature">{{ short(row.signature) }}</code></template>
        </DataTable>
      </section>

      <div class="grid two">
        <section class="card">
          <h2>{{ $t('finance.ledger.export') }}</h2>
          <p class="muted">{{ $t('finance.ledger.exportIntro') }}</p>
          <ProblemAlert :error="exportError" />
          <p><button type="button" class="secondary" @click="exportChain" data-testid="ledger-export">{{ $t('finance.ledger.exportSubmit') }}</button></p>
        </section>
        <section class="card" data-testid="ledger-public-key">
          <h2>{{ $t('finance.ledger.publicKey') }}</h2>
          <ProblemAlert :error="keyError" />
          <template v-if="publicKey">
            <dl class="facts">
              <dt>{{ $t('finance.ledger.algorithm') }}</dt><dd>{{ publicKey.algorithm }}</dd>
              <dt>{{ $t('finance.ledger.keyId') }}</dt><dd><code class="fin-hash" dir="ltr">{{ publicKey.keyId }}</code></dd>
            </dl>
            <pre class="fin-pem" dir="ltr">{{ publicKey.pem }}</pre>
            <p><button type="button" class="secondary" @click="downloadKey" data-testid="ledger-key-download">{{ $t('finance.ledger.keyDownload') }}</button></p>
          </template>
        </section>
      </div>
    </div>`,
});

export const ledger = { Ledger };
