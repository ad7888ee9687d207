// The co-funded spending lines of the auditor's region (GET /v1/audit/spending-lines): agreements,
// budget lines, commitments, invoices, payments and their reversals, in the city's ledger order,
// filtered by fiscal year and kind, one page at a time; a line opens with its shares and its
// documents (SHA-256). The region is the token's: the API never takes it as a parameter.
import { defineComponent, ref, reactive, computed, onMounted, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { api } from '../../api.js';
import { session } from '../../session.js';
import { t } from '../../i18n.js';
import { money, date, dateTime, number } from '../../format.js';
import { ExportButtons, Hash, RefusalAlert, regionName, useRun } from '../national/common.js';

export const KINDS = ['AGREEMENT', 'BUDGET_LINE', 'COMMITMENT', 'COMMITMENT_REVERSAL', 'INVOICE', 'PAYMENT', 'PAYMENT_REVERSAL'];

/** The auditor's region, from the token, with its name. */
export const myRegion = () => ({ code: session.me?.region || '', name: regionName(session.me?.region || '') });

/** The cities of the auditor's region (today one per region). */
export const myCities = () => (session.config?.cities || []).filter((c) => c.region === session.me?.region);

const known = (prefix, code) => (code ? t(`${prefix}.${code}`) : '—');
const bytes = (n) => t('audit.bytes', { n: number(n) });

/** The columns of a documents table, with a link to the line of each when `withLine`. */
export function documentColumns(withLine) {
  return [
    { key: 'fileName', label: t('audit.doc.fileName') },
    { key: 'contentType', label: t('audit.doc.contentType') },
    { key: 'sizeBytes', label: t('audit.doc.size'), num: true, value: (d) => bytes(d.sizeBytes) },
    { key: 'sha256', label: 'SHA-256' },
    { key: 'subjectType', label: t('audit.doc.subject'), value: (d) => known('audit.subject', d.subjectType) },
    ...(withLine ? [{ key: 'lineId', label: t('audit.doc.line') }] : []),
    { key: 'ledgerSequence', label: t('audit.ledgerSequence'), num: true, value: (d) => number(d.ledgerSequence) },
    { key: 'attachedAt', label: t('audit.doc.attachedAt'), value: (d) => dateTime(d.attachedAt) },
  ];
}

export const Lines = defineComponent({
  name: 'AuditLines',
  components: { ExportButtons, Hash, RefusalAlert },
  setup() {
    const router = useRouter();
    const filter = reactive({ fiscalYear: '', kind: '' });
    const page = ref(0);
    const lines = ref(null);
    const totals = ref({ payments: null, documents: null });
    const query = computed(() => ({ fiscalYear: filter.fiscalYear, kind: filter.kind }));
    const { error, loading, run } = useRun(async () => {
      const [list, payments, documents] = await Promise.all([
        api.get('/v1/audit/spending-lines', { ...query.value, page: page.value, size: 20 }),
        api.get('/v1/audit/spending-lines', { fiscalYear: filter.fiscalYear, kind: 'PAYMENT', size: 1 }),
        api.get('/v1/audit/documents', { size: 1 }),
      ]);
      lines.value = list;
      totals.value = { payments: payments.total, documents: documents.total };
    });
    onMounted(run);
    watch(page, run);
    watch(query, () => { if (page.value) page.value = 0; else run(); });

    const kinds = computed(() => [{ value: '', label: t('common.all') }, ...KINDS.map((k) => ({ value: k, label: t(`audit.kind.${k}`) }))]);
    const columns = computed(() => [
      { key: 'date', label: t('common.date'), value: (l) => date(l.date) },
      { key: 'kind', label: t('audit.line.kindStatus') },
      { key: 'label', label: t('audit.line.budget') },
      { key: 'reference', label: t('audit.line.reference') },
      { key: 'supplierIdentifier', label: t('audit.line.supplier') },
      { key: 'amount', label: t('common.amount'), num: true, value: (l) => money(l.amount) },
      { key: 'regionShare', label: t('audit.line.regionShare'), num: true, value: (l) => money(l.regionShare) },
      { key: 'ledgerSequence', label: t('audit.ledgerSequence'), num: true, value: (l) => number(l.ledgerSequence) },
    ]);
    const open = (line) => router.push(`/audit/lines/${line.id}`);
    return { filter, page, lines, totals, query, kinds, columns, open, error, loading, run, region: computed(myRegion), number, date, money };
  },
  template: `
    <div>
      <h1>{{ $t('audit.lines.title', { region: region.name }) }}</h1>
      <p class="muted">{{ $t('audit.lines.intro') }}</p>
      <div class="grid">
        <Stat testid="audit-total-lines" :label="$t('audit.lines.count')" :value="lines ? number(lines.total) : '—'" :hint="$t('audit.lines.countHint')" />
        <Stat testid="audit-total-payments" :label="$t('audit.lines.payments')" :value="totals.payments === null ? '—' : number(totals.payments)" />
        <Stat testid="audit-total-documents" :label="$t('audit.lines.documents')" :value="totals.documents === null ? '—' : number(totals.documents)" />
      </div>
      <div class="toolbar" style="margin-block-start: 1rem">
        <Field :label="$t('common.fiscalYear')" type="number" name="fiscalYear" min="1900" max="2200" v-model="filter.fiscalYear" :error="error" />
        <Field :label="$t('audit.line.kind')" name="kind" v-model="filter.kind" :options="kinds" :error="error" />
        <button type="button" class="secondary" data-testid="audit-refresh" :disabled="loading" @click="run">{{ $t('common.refresh') }}</button>
        <ExportButtons path="/v1/audit/export/spending-lines" :params="query" filename="spending-lines" testid="audit-lines-export" />
      </div>
      <RefusalAlert :error="error" />
      <p class="muted">{{ $t('audit.lines.openHint') }}</p>
      <DataTable v-if="lines" :columns="columns" :rows="lines.items" :page="lines" clickable testid="audit-lines-table" @select="open" @page="page = $event">
        <template #cell-kind="{ row }">{{ $t('audit.kind.' + row.kind) }}<br><span class="badge" :class="{ bad: row.status === 'REVERSED' || row.status === 'REVERSAL' }">{{ $t('audit.status.' + row.status) }}</span></template>
        <template #cell-date="{ row }"><span class="nowrap">{{ date(row.date) }}</span></template>
        <template #cell-label="{ row }">{{ row.label || '—' }}<span v-if="row.fiscalYear" class="muted"><br>{{ $t('audit.line.yearCategory', { year: row.fiscalYear, category: row.category ? $t('national.category.' + row.category) : '—' }) }}</span></template>
        <template #cell-amount="{ row }"><span class="nowrap">{{ money(row.amount) }}</span></template>
        <template #cell-regionShare="{ row }"><span class="nowrap">{{ money(row.regionShare) }}</span></template>
        <template #cell-reference="{ row }"><bdi>{{ row.reference || '—' }}</bdi></template>
        <template #cell-supplierIdentifier="{ row }"><bdi>{{ row.supplierIdentifier || '—' }}</bdi></template>
      </DataTable>
    </div>`,
});

export const LineDetail = defineComponent({
  name: 'AuditLine',
  components: { Hash },
  setup() {
    const route = useRoute();
    const line = ref(null);
    const { error, loading, run } = useRun(async () => {
      line.value = await api.get(`/v1/audit/spending-lines/${encodeURIComponent(route.params.id)}`);
    });
    onMounted(run);
    watch(() => route.params.id, run);
    const shares = computed(() => {
      const l = line.value;
      if (!l) return [];
      return [{ funder: 'REGION', amount: l.regionShare }, ...Object.entries(l.otherShares || {}).map(([funder, amount]) => ({ funder, amount }))];
    });
    const shareColumns = computed(() => [
      { key: 'funder', label: t('common.funder'), value: (s) => t(`funder.${s.funder}`) },
      { key: 'amount', label: t('common.amount'), num: true, value: (s) => money(s.amount) },
    ]);
    const links = computed(() => {
      const l = line.value;
      if (!l) return [];
      return [['budgetLineId', 'audit.line.budgetLine'], ['commitmentId', 'audit.line.commitment'], ['reverses', 'audit.line.reverses']]
        .filter(([k]) => l[k]).map(([k, label]) => ({ id: l[k], label }));
    });
    return { line, shares, shareColumns, links, error, loading, run, documentColumns: computed(() => documentColumns(false)), money, date, number, known };
  },
  template: `
    <div>
      <p><router-link to="/audit/lines">{{ $t('audit.line.back') }}</router-link></p>
      <ProblemAlert :error="error" />
      <template v-if="line">
        <h1>{{ $t('audit.kind.' + line.kind) }} <bdi v-if="line.reference">{{ line.reference }}</bdi></h1>
        <div class="toolbar"><button type="button" class="secondary" data-testid="audit-refresh" :disabled="loading" @click="run">{{ $t('common.refresh') }}</button></div>
        <div class="grid two">
          <section class="card" data-testid="audit-line-facts">
            <h2>{{ $t('audit.line.facts') }}</h2>
            <dl class="facts">
              <dt>{{ $t('common.status') }}</dt><dd>{{ $t('audit.status.' + line.status) }}</dd>
              <dt>{{ $t('common.date') }}</dt><dd>{{ date(line.date) }}</dd>
              <dt>{{ $t('common.fiscalYear') }}</dt><dd>{{ line.fiscalYear || '—' }}</dd>
              <dt>{{ $t('audit.line.category') }}</dt><dd>{{ known('national.category', line.category) }}</dd>
              <dt>{{ $t('audit.line.subCategory') }}</dt><dd>{{ line.subCategory || '—' }}</dd>
              <dt>{{ $t('audit.line.label') }}</dt><dd>{{ line.label || '—' }}</dd>
              <dt>{{ $t('audit.line.supplier') }}</dt><dd><bdi>{{ line.supplierIdentifier || '—' }}</bdi></dd>
              <dt>{{ $t('common.amount') }}</dt><dd data-testid="audit-line-amount">{{ money(line.amount) }}</dd>
              <dt>{{ $t('audit.line.regionShare') }}</dt><dd data-testid="audit-line-region-share">{{ money(line.regionShare) }}</dd>
              <dt>{{ $t('audit.ledgerSequence') }}</dt><dd>{{ number(line.ledgerSequence) }}</dd>
              <dt>{{ $t('audit.ledgerHash') }}</dt><dd><Hash :value="line.ledgerHash" /></dd>
              <template v-for="l in links" :key="l.label">
                <dt>{{ $t(l.label) }}</dt><dd><router-link :to="'/audit/lines/' + l.id"><Hash :value="l.id" short /></router-link></dd>
              </template>
            </dl>
          </section>
          <section class="card">
            <h2>{{ $t('audit.line.shares') }}</h2>
            <DataTable :columns="shareColumns" :rows="shares" row-key="funder" testid="audit-line-shares" />
          </section>
        </div>
        <section class="card">
          <h2>{{ $t('audit.line.documents') }}</h2>
          <DataTable :columns="documentColumns" :rows="line.documents" testid="audit-line-documents">
            <template #cell-sha256="{ row }"><Hash :value="row.sha256" /></template>
            <template #cell-fileName="{ row }"><bdi>{{ row.fileName }}</bdi></template>
          </DataTable>
        </section>
      </template>
    </div>`,
});
