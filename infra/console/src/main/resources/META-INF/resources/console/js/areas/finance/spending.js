// Spending: commitments against budget lines (approved by a city director above the threshold),
// their invoices and credit notes, payments against them, and the evidence of each. The main
// journey of a finance officer is on the payments screen: pick the commitment and its invoice
// (the amount and its split are filled in from what is left to pay), record, attach the receipt.
import { defineComponent, ref, reactive, computed, watch, onMounted, nextTick } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { api } from '../../api.js';
import { name, money, date, dateTime } from '../../format.js';
import {
  FUNDERS, KINDS, canWrite, isDirector, useAction, allItems, splitBody, emptySplit, splitMinus, splitCents, sumCents,
  plain, decimalText, vInput, decimalWith, today, usePaged, kit,
} from './kit.js';

/** The suppliers and budget lines that name the commitments' parties, read once per screen. */
function useParties() {
  const suppliers = ref([]);
  const lines = ref([]);
  const error = ref(null);
  async function load() {
    try {
      [suppliers.value, lines.value] = await Promise.all([allItems('/v1/finance/suppliers'), allItems('/v1/finance/budget-lines')]);
    } catch (e) {
      error.value = e;
    }
  }
  const supplierName = (id) => (suppliers.value.find((s) => s.id === id) || {}).name || '—';
  const line = (id) => lines.value.find((l) => l.id === id) || null;
  const lineName = (id) => { const l = line(id); return l ? `${name(l.label)} (${l.fiscalYear})` : '—'; };
  return { suppliers, lines, error, load, supplierName, line, lineName };
}

/** What is left to pay of an invoice, per funder: its split less the payments settling it (net of reversals). */
function invoiceLeft(payments, invoice) {
  const counted = payments.filter((p) => p.invoiceId === invoice.id && !p.reverses && !p.reversed);
  const left = splitCents(invoice.split);
  for (const p of counted) {
    const paid = splitCents(p.split);
    for (const f of FUNDERS) left[f] -= paid[f];
  }
  return left;
}
const paymentStatus = (p) => (p.reverses ? 'REVERSAL' : p.reversed ? 'REVERSED' : 'RECORDED');
const invoiceStatus = (i) => (i.reverses ? 'CREDIT_NOTE' : i.reversed ? 'REVERSED' : 'RECORDED');

const COMMITMENT_FIELDS = ['budgetLineId', 'supplierId', 'kind', 'reference', 'amount', 'split'];

const Commitments = defineComponent({
  name: 'FinanceCommitments',
  components: kit,
  directives: { input: vInput },
  setup() {
    const { t } = useI18n();
    const route = useRoute();
    const parties = useParties();
    const budgetLineId = ref(route.query.line || '');
    const { list, error: listError, load } = usePaged('/v1/finance/commitments', () => ({ budgetLineId: budgetLineId.value }));
    onMounted(() => { parties.load(); load(0); });
    watch(budgetLineId, () => load(0));

    const form = reactive({ budgetLineId: '', supplierId: '', kind: 'PURCHASE_ORDER', reference: '', amount: '', split: emptySplit() });
    watch(() => parties.lines.value, (lines) => { if (!form.budgetLineId && lines.length) form.budgetLineId = lines[0].id; });
    watch(() => parties.suppliers.value, (s) => { if (!form.supplierId && s.length) form.supplierId = s[0].id; });
    const chosenLine = computed(() => parties.line(form.budgetLineId));
    const available = computed(() => (chosenLine.value ? splitMinus(chosenLine.value.split, chosenLine.value.committed) : null));
    const create = useAction(async () => {
      const created = await api.post('/v1/finance/commitments', {
        budgetLineId: form.budgetLineId, supplierId: form.supplierId, kind: form.kind, reference: form.reference,
        amount: decimalText(form.amount), split: splitBody(form.split),
      });
      Object.assign(form, { reference: '', amount: '', split: emptySplit() });
      await Promise.all([load(0), parties.load()]);
      return created;
    });
    const lineOptions = computed(() => parties.lines.value.map((l) => ({
      value: l.id, label: `${name(l.label)} — ${l.fiscalYear} — ${t(`finance.category.${l.category}`)}` })));
    const filterOptions = computed(() => [{ value: '', label: t('common.all') }, ...lineOptions.value]);
    const supplierOptions = computed(() => parties.suppliers.value.map((s) => ({ value: s.id, label: `${s.name} (${s.identifier})` })));
    const kinds = computed(() => KINDS.map((k) => ({ value: k, label: t(`finance.kind.${k}`) })));
    const columns = computed(() => [
      { key: 'madeAt', label: t('common.date'), value: (r) => date(r.madeAt) },
      { key: 'reference', label: t('finance.commitment.reference') },
      { key: 'kind', label: t('finance.commitment.kind'), value: (r) => t(`finance.kind.${r.kind}`) },
      { key: 'supplierId', label: t('finance.commitment.supplier'), value: (r) => parties.supplierName(r.supplierId) },
      { key: 'budgetLineId', label: t('finance.commitment.line'), value: (r) => parties.lineName(r.budgetLineId) },
      { key: 'amount', label: t('common.amount'), num: true, value: (r) => money(r.amount) },
      { key: 'status', label: t('common.status') },
      { key: 'approval', label: t('finance.commitment.approval'),
        value: (r) => (r.status === 'PENDING_APPROVAL' ? t('finance.commitment.awaits', { maker: r.madeBy }) : r.approvedBy || '—') },
    ]);
    return { parties, budgetLineId, list, listError, load, form, available, create, lineOptions, filterOptions, supplierOptions,
      kinds, columns, canWrite, money, COMMITMENT_FIELDS, decimalWith };
  },
  template: `
    <div class="fin">
      <h1>{{ $t('finance.commitment.title') }}</h1>
      <p class="muted">{{ $t('finance.commitment.intro') }}</p>
      <div class="toolbar">
        <Field :label="$t('finance.commitment.line')" name="budgetLineId" v-model="budgetLineId" :options="filterOptions" />
      </div>
      <ProblemAlert :error="listError || parties.error.value" />
      <DataTable v-if="list" testid="commitments-table" :rows="list.items" :page="list" @page="load" :columns="columns" clickable
                 @select="$router.push('/city/finance/commitments/' + $event.id)">
        <template #cell-status="{ row }"><StatusBadge group="commitmentStatus" :value="row.status" /></template>
      </DataTable>

      <section v-if="canWrite()" class="card">
        <h2>{{ $t('finance.commitment.create') }}</h2>
        <p class="muted">{{ $t('finance.commitment.threshold') }}</p>
        <p v-if="!parties.suppliers.value.length" class="alert info">{{ $t('finance.commitment.noSupplier') }}
          <router-link to="/city/finance/suppliers">{{ $t('finance.supplier.create') }}</router-link></p>
        <template v-if="create.done.value">
          <p class="alert ok" role="status" data-testid="commitment-created">{{ $t('finance.commitment.created', { reference: create.done.value.reference }) }}
            <router-link :to="'/city/finance/commitments/' + create.done.value.id">{{ $t('finance.commitment.open') }}</router-link></p>
          <p v-if="create.done.value.status === 'PENDING_APPROVAL'" class="alert info" role="status" data-testid="commitment-pending">
            {{ $t('finance.commitment.pendingNote', { maker: create.done.value.madeBy }) }}</p>
        </template>
        <Refusal :error="create.error.value" :shown="COMMITMENT_FIELDS" />
        <form class="form" data-testid="commitment-form" @submit.prevent="create.run()">
          <Field class="fin-span2" :label="$t('finance.commitment.line')" name="budgetLineId" v-model="form.budgetLineId" :options="lineOptions" :error="create.error.value" required />
          <Field class="fin-span2" :label="$t('finance.commitment.supplier')" name="supplierId" v-model="form.supplierId" :options="supplierOptions" :error="create.error.value" required />
          <Field :label="$t('finance.commitment.kind')" name="kind" v-model="form.kind" :options="kinds" :error="create.error.value" required />
          <Field :label="$t('finance.commitment.reference')" name="reference" v-model="form.reference" :error="create.error.value" required v-input="{ 'data-testid': 'commitment-reference' }" />
          <Field :label="$t('common.amount')" name="amount" v-model="form.amount" :error="create.error.value" required v-input="decimalWith('commitment-amount')" :help="$t('finance.amountHelp')" />
          <SplitFields class="fin-wide" v-model="form.split" :amount="form.amount" :available="available" :error="create.error.value" testid="commitment-split" />
          <div class="actions"><button type="submit" :disabled="create.busy.value" data-testid="commitment-submit">{{ $t('finance.commitment.submit') }}</button></div>
        </form>
      </section>
    </div>`,
});

const INVOICE_FIELDS = ['number', 'issuedOn', 'amount', 'split'];

const CommitmentDetail = defineComponent({
  name: 'FinanceCommitment',
  components: kit,
  directives: { input: vInput },
  props: { id: { type: String, required: true } },
  setup(props) {
    const { t } = useI18n();
    const commitment = ref(null);
    const supplier = ref(null);
    const line = ref(null);
    const invoices = ref(null);
    const payments = ref([]);
    const error = ref(null);
    const selectedInvoice = ref(null);
    async function loadInvoices(page = 0) {
      invoices.value = await api.get(`/v1/finance/commitments/${props.id}/invoices`, { page, size: 20 });
      if (selectedInvoice.value) selectedInvoice.value = invoices.value.items.find((i) => i.id === selectedInvoice.value.id) || selectedInvoice.value;
    }
    async function load() {
      error.value = null;
      try {
        const c = await api.get(`/v1/finance/commitments/${props.id}`);
        commitment.value = c;
        [supplier.value, line.value, payments.value] = await Promise.all([
          api.get(`/v1/finance/suppliers/${c.supplierId}`), api.get(`/v1/finance/budget-lines/${c.budgetLineId}`),
          allItems('/v1/finance/payments', { commitmentId: c.id }), loadInvoices(invoices.value ? invoices.value.page : 0)]);
      } catch (e) {
        error.value = e;
      }
    }
    onMounted(load);
    watch(() => props.id, () => { commitment.value = null; invoices.value = null; selectedInvoice.value = null; load(); });

    const approve = useAction(async () => { const c = await api.post(`/v1/finance/commitments/${props.id}/approval`); await load(); return c; });
    const reversal = reactive({ reference: '' });
    const reverse = useAction(async () => {
      const r = await api.post(`/v1/finance/commitments/${props.id}/reversal`, { ...reversal });
      reversal.reference = '';
      await load();
      return r;
    });
    const invoiceForm = reactive({ number: '', issuedOn: today(), amount: '', split: emptySplit() });
    const toInvoice = computed(() => (commitment.value ? splitMinus(commitment.value.split, commitment.value.invoiced) : null));
    const leftToInvoice = computed(() => Boolean(toInvoice.value && sumCents(toInvoice.value) > 0n));
    const fillRest = () => { invoiceForm.amount = plain(sumCents(toInvoice.value)); };
    const record = useAction(async () => {
      const created = await api.post(`/v1/finance/commitments/${props.id}/invoices`, {
        number: invoiceForm.number, issuedOn: invoiceForm.issuedOn, amount: decimalText(invoiceForm.amount), split: splitBody(invoiceForm.split),
      });
      Object.assign(invoiceForm, { number: '', amount: '', split: emptySplit() });
      await load();
      selectedInvoice.value = created;
      return created;
    });
    const credit = reactive({ number: '', reason: '', on: '' });
    const creditNote = useAction(async () => {
      const body = { number: credit.number, reason: credit.reason };
      if (credit.on) body.on = credit.on;
      const created = await api.post(`/v1/finance/commitments/${props.id}/invoices/${selectedInvoice.value.id}/reversal`, body);
      Object.assign(credit, { number: '', reason: '', on: '' });
      await load();
      return created;
    });
    function chooseInvoice(row) {
      selectedInvoice.value = row;
      creditNote.done.value = null;
      creditNote.error.value = null;
    }
    const perFunder = computed(() => {
      const c = commitment.value;
      if (!c) return [];
      const s = splitCents(c.split);
      const i = splitCents(c.invoiced);
      const p = splitCents(c.paid);
      const payable = c.status === 'APPROVED';
      return FUNDERS.map((f) => ({ funder: f, share: s[f], invoiced: i[f], paid: p[f], left: payable ? s[f] - p[f] : 0n }));
    });
    const open = computed(() => commitment.value && !commitment.value.reverses && ['APPROVED', 'PENDING_APPROVAL'].includes(commitment.value.status));
    const invoiceColumns = computed(() => [
      { key: 'number', label: t('finance.invoice.number') },
      { key: 'issuedOn', label: t('finance.invoice.issuedOn'), value: (r) => date(r.issuedOn) },
      { key: 'amount', label: t('common.amount'), num: true, value: (r) => money(r.amount) },
      { key: 'left', label: t('finance.invoice.leftToPay'), num: true,
        value: (r) => (invoiceStatus(r) === 'RECORDED' ? money(plain(sumCents(invoiceLeft(payments.value, r)))) : '—') },
      { key: 'status', label: t('common.status') },
      { key: 'reason', label: t('common.reason') },
      { key: 'recordedBy', label: t('finance.recordedBy') },
    ]);
    const paymentColumns = computed(() => [
      { key: 'paidOn', label: t('finance.payment.paidOn'), value: (r) => date(r.paidOn) },
      { key: 'reference', label: t('finance.payment.reference') },
      { key: 'amount', label: t('common.amount'), num: true, value: (r) => money(r.amount) },
      { key: 'status', label: t('common.status') },
    ]);
    const funderLabels = { share: 'finance.line.share', invoiced: 'finance.commitment.invoiced', paid: 'finance.line.paid', left: 'finance.commitment.leftToPay' };
    return { commitment, supplier, line, invoices, payments, error, load, loadInvoices, approve, reversal, reverse, invoiceForm, toInvoice,
      leftToInvoice, fillRest, record, credit, creditNote, selectedInvoice, chooseInvoice, perFunder, open, invoiceColumns, paymentColumns,
      funderLabels, canWrite, isDirector, money, date, dateTime, name, invoiceStatus, paymentStatus, INVOICE_FIELDS, decimalWith };
  },
  template: `
    <div class="fin">
      <p><router-link to="/city/finance/commitments">{{ $t('finance.commitment.back') }}</router-link></p>
      <ProblemAlert :error="error" />
      <template v-if="commitment">
        <h1>{{ $t('finance.commitment.one', { reference: commitment.reference }) }}</h1>
        <section class="card" data-testid="commitment-detail">
          <dl class="facts">
            <dt>{{ $t('common.status') }}</dt><dd><StatusBadge group="commitmentStatus" :value="commitment.status" /></dd>
            <dt>{{ $t('finance.commitment.kind') }}</dt><dd>{{ $t('finance.kind.' + commitment.kind) }}</dd>
            <dt>{{ $t('finance.commitment.supplier') }}</dt><dd><template v-if="supplier"><bdi>{{ supplier.name }}</bdi> (<bdi>{{ supplier.identifier }}</bdi>)</template><template v-else>—</template></dd>
            <dt>{{ $t('finance.commitment.line') }}</dt><dd>{{ line ? name(line.label) + ' — ' + line.fiscalYear : '—' }}</dd>
            <dt>{{ $t('common.amount') }}</dt><dd>{{ money(commitment.amount) }}</dd>
            <dt>{{ $t('finance.commitment.madeBy') }}</dt><dd><bdi>{{ commitment.madeBy }}</bdi> · <bdi>{{ dateTime(commitment.madeAt) }}</bdi></dd>
            <template v-if="commitment.approvedBy"><dt>{{ $t('finance.commitment.approvedBy') }}</dt><dd><bdi>{{ commitment.approvedBy }}</bdi> · <bdi>{{ dateTime(commitment.approvedAt) }}</bdi></dd></template>
          </dl>
          <p v-if="commitment.status === 'PENDING_APPROVAL'" class="alert info" data-testid="commitment-awaits">
            {{ $t('finance.commitment.pendingNote', { maker: commitment.madeBy }) }}</p>
          <p v-if="approve.done.value" class="alert ok" role="status">{{ $t('finance.commitment.approved') }}</p>
          <Refusal :error="approve.error.value" />
          <p v-if="isDirector() && commitment.status === 'PENDING_APPROVAL'">
            <button type="button" :disabled="approve.busy.value" @click="approve.run()" data-testid="commitment-approve">{{ $t('finance.commitment.approve') }}</button></p>
          <FunderTable :rows="perFunder" :labels="funderLabels" testid="commitment-funders" />
        </section>

        <section class="card">
          <h2>{{ $t('finance.invoice.title') }}</h2>
          <DataTable v-if="invoices" testid="invoices-table" :rows="invoices.items" :page="invoices" @page="loadInvoices" :columns="invoiceColumns" clickable @select="chooseInvoice">
            <template #cell-status="{ row }"><StatusBadge group="invoiceStatus" :value="invoiceStatus(row)" /></template>
          </DataTable>
          <div v-if="selectedInvoice" class="fin-sub" data-testid="invoice-detail">
            <h3>{{ $t('finance.invoice.one', { number: selectedInvoice.number }) }}</h3>
            <p v-if="record.done.value" class="alert ok" role="status" data-testid="invoice-created">{{ $t('finance.invoice.created', { number: record.done.value.number }) }}</p>
            <p v-if="invoiceStatus(selectedInvoice) === 'RECORDED' && commitment.status === 'APPROVED'">
              <router-link class="button" :to="{ path: '/city/finance/payments', query: { commitment: commitment.id, invoice: selectedInvoice.id } }"
                           data-testid="invoice-pay">{{ $t('finance.invoice.pay') }}</router-link></p>
            <p v-if="creditNote.done.value" class="alert ok" role="status">{{ $t('finance.invoice.credited', { number: creditNote.done.value.number }) }}</p>
            <details v-if="canWrite() && invoiceStatus(selectedInvoice) === 'RECORDED'" class="fin-danger" :open="Boolean(creditNote.error.value)">
              <summary data-testid="credit-note-open">{{ $t('finance.invoice.creditSubmit') }}</summary>
              <Refusal :error="creditNote.error.value" :shown="['number', 'reason', 'on']" />
              <form class="form" data-testid="credit-note-form" @submit.prevent="creditNote.run()">
                <Field :label="$t('finance.invoice.creditNumber')" name="number" v-model="credit.number" :error="creditNote.error.value" required />
                <Field :label="$t('common.reason')" name="reason" v-model="credit.reason" :error="creditNote.error.value" required />
                <Field :label="$t('finance.invoice.creditOn')" type="date" name="on" v-model="credit.on" :error="creditNote.error.value" :help="$t('finance.todayIfEmpty')" />
                <div class="actions"><button type="submit" class="danger" :disabled="creditNote.busy.value" data-testid="credit-note-submit">{{ $t('finance.invoice.creditSubmit') }}</button></div>
              </form>
            </details>
          </div>
          <p v-if="commitment.status === 'APPROVED' && !leftToInvoice" class="muted" data-testid="invoice-all">{{ $t('finance.invoice.allInvoiced') }}</p>
          <template v-else-if="canWrite() && commitment.status === 'APPROVED'">
            <h3>{{ $t('finance.invoice.create') }}</h3>
            <Refusal :error="record.error.value" :shown="INVOICE_FIELDS" />
            <form class="form" data-testid="invoice-form" @submit.prevent="record.run()">
              <Field :label="$t('finance.invoice.number')" name="number" v-model="invoiceForm.number" :error="record.error.value" required v-input="{ 'data-testid': 'invoice-number' }" />
              <Field :label="$t('finance.invoice.issuedOn')" type="date" name="issuedOn" v-model="invoiceForm.issuedOn" :error="record.error.value" required />
              <Field :label="$t('common.amount')" name="amount" v-model="invoiceForm.amount" :error="record.error.value" required v-input="decimalWith('invoice-amount')" :help="$t('finance.amountHelp')" />
              <p class="fin-inline"><button type="button" class="secondary" @click="fillRest" data-testid="invoice-fill">{{ $t('finance.invoice.fillRest') }}</button></p>
              <SplitFields class="fin-wide" v-model="invoiceForm.split" :amount="invoiceForm.amount" :available="toInvoice" available-label="finance.split.toInvoice" :error="record.error.value" testid="invoice-split" />
              <div class="actions"><button type="submit" :disabled="record.busy.value" data-testid="invoice-submit">{{ $t('finance.invoice.submit') }}</button></div>
            </form>
          </template>
          <p v-else-if="commitment.status === 'PENDING_APPROVAL'" class="muted">{{ $t('finance.invoice.afterApproval') }}</p>
        </section>

        <section class="card">
          <h2>{{ $t('finance.payment.ofCommitment') }}</h2>
          <DataTable testid="commitment-payments-table" :rows="payments" :columns="paymentColumns">
            <template #cell-status="{ row }"><StatusBadge group="paymentStatus" :value="paymentStatus(row)" /></template>
          </DataTable>
          <p><router-link :to="{ path: '/city/finance/payments', query: { commitment: commitment.id } }">{{ $t('finance.payment.goTo') }}</router-link></p>
        </section>

        <section class="card">
          <h2>{{ $t('finance.evidence.ofCommitment') }}</h2>
          <EvidencePanel subject="commitments" :id="commitment.id" file-testid="commitment-evidence-file"
                         submit-testid="commitment-evidence-submit" table-testid="commitment-evidence-table" />
        </section>

        <section v-if="canWrite() && open" class="card">
          <h2>{{ $t('finance.commitment.reverse') }}</h2>
          <p class="muted">{{ $t('finance.commitment.reverseHelp') }}</p>
          <p v-if="reverse.done.value" class="alert ok" role="status">{{ $t('finance.commitment.reversed', { reference: reverse.done.value.reference }) }}</p>
          <Refusal :error="reverse.error.value" :shown="['reference']" />
          <form class="form" data-testid="commitment-reversal-form" @submit.prevent="reverse.run()">
            <Field :label="$t('finance.reversalReference')" name="reference" v-model="reversal.reference" :error="reverse.error.value" required />
            <div class="actions"><button type="submit" class="danger" :disabled="reverse.busy.value" data-testid="commitment-reversal-submit">{{ $t('finance.commitment.reverseSubmit') }}</button></div>
          </form>
        </section>
      </template>
    </div>`,
});

const PAYMENT_FIELDS = ['commitmentId', 'invoiceId', 'reference', 'paidOn', 'amount', 'split'];

const Payments = defineComponent({
  name: 'FinancePayments',
  components: kit,
  directives: { input: vInput },
  setup() {
    const { t } = useI18n();
    const route = useRoute();
    const commitments = ref([]);
    const suppliers = ref([]);
    const lookupError = ref(null);
    async function lookups() {
      try {
        [commitments.value, suppliers.value] = await Promise.all([allItems('/v1/finance/commitments'), allItems('/v1/finance/suppliers')]);
      } catch (e) {
        lookupError.value = e;
      }
    }
    const commitment = (id) => commitments.value.find((c) => c.id === id) || null;
    const supplierName = (id) => (suppliers.value.find((s) => s.id === id) || {}).name || '';
    const commitmentLabel = (c) => (c ? `${c.reference} — ${supplierName(c.supplierId)} — ${money(c.amount)}` : '—');
    const payable = computed(() => commitments.value.filter((c) => c.status === 'APPROVED' && !c.reverses));

    // The list, filtered by commitment.
    const filter = ref(route.query.commitment || '');
    const { list, error: listError, load, reload } = usePaged('/v1/finance/payments', () => ({ commitmentId: filter.value }));
    watch(filter, () => load(0));

    // The form: the invoices of the chosen commitment and the payments that already settle them.
    const form = reactive({ commitmentId: '', invoiceId: '', reference: '', paidOn: today(), amount: '', split: emptySplit() });
    const invoices = ref([]);
    const settling = ref([]);
    let wantedInvoice = route.query.invoice || '';
    const leftOf = (inv) => invoiceLeft(settling.value, inv);
    const openInvoices = computed(() => invoices.value.filter((i) => !i.reversed && !i.reverses));
    async function loadInvoices(id) {
      if (!id) { invoices.value = []; settling.value = []; return; }
      [invoices.value, settling.value] = await Promise.all([
        allItems(`/v1/finance/commitments/${id}/invoices`), allItems('/v1/finance/payments', { commitmentId: id })]);
    }
    watch(() => form.commitmentId, async (id) => {
      form.invoiceId = '';
      try {
        await loadInvoices(id);
      } catch (e) {
        lookupError.value = e;
        return;
      }
      const unpaid = openInvoices.value.filter((i) => sumCents(leftOf(i)) > 0n);
      if (wantedInvoice && openInvoices.value.some((i) => i.id === wantedInvoice)) form.invoiceId = wantedInvoice;
      else if (unpaid.length === 1) form.invoiceId = unpaid[0].id;
      wantedInvoice = '';
    });
    const chosenInvoice = computed(() => openInvoices.value.find((i) => i.id === form.invoiceId) || null);
    const available = computed(() => {
      if (chosenInvoice.value) return leftOf(chosenInvoice.value);
      const c = commitment(form.commitmentId);
      return c ? splitMinus(c.split, c.paid) : null;
    });
    watch(chosenInvoice, (inv) => {
      if (!inv) return;
      const left = sumCents(leftOf(inv));
      form.amount = left > 0n ? plain(left) : '';
    });

    const selected = ref(null);
    const evidenceCard = ref(null);
    const pay = useAction(async () => {
      const created = await api.post('/v1/finance/payments', {
        commitmentId: form.commitmentId, invoiceId: form.invoiceId || null, reference: form.reference, paidOn: form.paidOn,
        amount: decimalText(form.amount), split: splitBody(form.split),
      });
      Object.assign(form, { reference: '', amount: '', split: emptySplit() });
      selected.value = created;
      await Promise.all([lookups(), load(0), loadInvoices(form.commitmentId)]);
      if (chosenInvoice.value && sumCents(leftOf(chosenInvoice.value)) <= 0n) form.invoiceId = '';
      await nextTick();
      if (evidenceCard.value) evidenceCard.value.scrollIntoView({ block: 'start' });
      return created;
    });

    // The chosen payment: its invoice, its evidence, its reversal.
    const selectedInvoice = ref(null);
    watch(selected, async (p) => {
      selectedInvoice.value = null;
      reversePayment.done.value = null;
      reversePayment.error.value = null;
      if (p && p.invoiceId) {
        try { selectedInvoice.value = await api.get(`/v1/finance/commitments/${p.commitmentId}/invoices/${p.invoiceId}`); } catch (e) { console.warn('cmc: invoice', e); }
      }
    });
    const choose = (row) => { pay.done.value = null; selected.value = row; };
    const reversal = reactive({ reference: '', on: '' });
    const reversePayment = useAction(async () => {
      const body = { reference: reversal.reference };
      if (reversal.on) body.on = reversal.on;
      const created = await api.post(`/v1/finance/payments/${selected.value.id}/reversal`, body);
      Object.assign(reversal, { reference: '', on: '' });
      await Promise.all([lookups(), reload()]);
      selected.value = { ...selected.value, reversed: true };
      reversePayment.done.value = created;
      return created;
    });

    onMounted(async () => {
      await lookups();
      load(0);
      const wanted = route.query.commitment;
      if (wanted && payable.value.some((c) => c.id === wanted)) form.commitmentId = wanted;
      else if (payable.value.length === 1) form.commitmentId = payable.value[0].id;
    });

    const payableOptions = computed(() => [{ value: '', label: t('finance.payment.chooseCommitment') },
      ...payable.value.map((c) => ({ value: c.id, label: commitmentLabel(c) }))]);
    const invoiceOptions = computed(() => [{ value: '', label: t('finance.payment.noInvoice') },
      ...openInvoices.value.map((i) => ({ value: i.id, label: t('finance.payment.invoiceOption', {
        number: i.number, date: date(i.issuedOn), left: money(plain(sumCents(leftOf(i)))) }) }))]);
    const filterOptions = computed(() => [{ value: '', label: t('common.all') },
      ...commitments.value.filter((c) => !c.reverses).map((c) => ({ value: c.id, label: commitmentLabel(c) }))]);
    const columns = computed(() => [
      { key: 'paidOn', label: t('finance.payment.paidOn'), value: (r) => date(r.paidOn) },
      { key: 'reference', label: t('finance.payment.reference') },
      { key: 'commitmentId', label: t('finance.payment.commitment'), value: (r) => (commitment(r.commitmentId) || {}).reference || '—' },
      { key: 'amount', label: t('common.amount'), num: true, value: (r) => money(r.amount) },
      { key: 'status', label: t('common.status') },
      { key: 'recordedBy', label: t('finance.recordedBy') },
    ]);
    const shares = (p) => FUNDERS.filter((f) => Number(p.split[f]) !== 0).map((f) => `${t(`funder.${f}`)} ${money(p.split[f])}`).join(' · ');
    return { commitments, payable, lookupError, filter, list, listError, load, form, openInvoices, chosenInvoice, available, pay,
      selected, selectedInvoice, evidenceCard, choose, reversal, reversePayment, payableOptions, invoiceOptions, filterOptions, columns,
      commitment, commitmentLabel, shares, canWrite, money, date, dateTime, paymentStatus, PAYMENT_FIELDS, decimalWith };
  },
  template: `
    <div class="fin">
      <h1>{{ $t('finance.payment.title') }}</h1>
      <ProblemAlert :error="lookupError" />

      <section v-if="canWrite()" class="card fin-journey">
        <h2>{{ $t('finance.payment.record') }}</h2>
        <ol class="fin-steps">
          <li>{{ $t('finance.payment.step1') }}</li>
          <li>{{ $t('finance.payment.step2') }}</li>
          <li>{{ $t('finance.payment.step3') }}</li>
        </ol>
        <p v-if="!payable.length" class="alert info" data-testid="payment-nothing-payable">{{ $t('finance.payment.nothingPayable') }}
          <router-link to="/city/finance/commitments">{{ $t('finance.commitment.title') }}</router-link></p>
        <Refusal :error="pay.error.value" :shown="PAYMENT_FIELDS" />
        <form class="form" data-testid="payment-form" @submit.prevent="pay.run()">
          <Field class="fin-span2" :label="$t('finance.payment.commitment')" name="commitmentId" v-model="form.commitmentId" :options="payableOptions" :error="pay.error.value" required v-input="{ 'data-testid': 'payment-commitment' }" />
          <Field class="fin-span2" :label="$t('finance.payment.invoice')" name="invoiceId" v-model="form.invoiceId" :options="invoiceOptions" :error="pay.error.value" v-input="{ 'data-testid': 'payment-invoice' }"
                 :help="form.commitmentId && !openInvoices.length ? $t('finance.payment.noOpenInvoice') : ''" />
          <Field :label="$t('finance.payment.reference')" name="reference" v-model="form.reference" :error="pay.error.value" required v-input="{ 'data-testid': 'payment-reference' }" :help="$t('finance.payment.referenceHelp')" />
          <Field :label="$t('finance.payment.paidOn')" type="date" name="paidOn" v-model="form.paidOn" :error="pay.error.value" required v-input="{ 'data-testid': 'payment-paid-on' }" />
          <Field :label="$t('finance.payment.amount')" name="amount" v-model="form.amount" :error="pay.error.value" required v-input="decimalWith('payment-amount')" :help="$t('finance.amountHelp')" />
          <SplitFields class="fin-wide" v-model="form.split" :amount="form.amount" :available="available" :error="pay.error.value"
                       :available-label="chosenInvoice ? 'finance.split.toPayInvoice' : 'finance.split.toPay'" testid="payment-split" />
          <div class="actions"><button type="submit" :disabled="pay.busy.value || !form.commitmentId" data-testid="payment-submit">{{ $t('finance.payment.submit') }}</button></div>
        </form>
      </section>

      <section v-if="selected" ref="evidenceCard" class="card fin-detail" data-testid="payment-detail">
        <h2>{{ $t('finance.payment.one', { reference: selected.reference }) }}</h2>
        <p v-if="pay.done.value && pay.done.value.id === selected.id" class="alert ok" role="status" data-testid="payment-recorded">
          {{ $t('finance.payment.recorded', { reference: selected.reference, amount: money(selected.amount) }) }}</p>
        <dl class="facts">
          <dt>{{ $t('finance.payment.commitment') }}</dt><dd><router-link :to="'/city/finance/commitments/' + selected.commitmentId">{{ commitmentLabel(commitment(selected.commitmentId)) }}</router-link></dd>
          <dt>{{ $t('finance.payment.invoice') }}</dt><dd>{{ selectedInvoice ? selectedInvoice.number : (selected.invoiceId ? '…' : $t('common.none')) }}</dd>
          <dt>{{ $t('finance.payment.paidOn') }}</dt><dd>{{ date(selected.paidOn) }}</dd>
          <dt>{{ $t('common.amount') }}</dt><dd data-testid="payment-detail-amount">{{ money(selected.amount) }}</dd>
          <dt>{{ $t('finance.split.legend') }}</dt><dd>{{ shares(selected) }}</dd>
          <dt>{{ $t('common.status') }}</dt><dd><StatusBadge group="paymentStatus" :value="paymentStatus(selected)" /></dd>
          <dt>{{ $t('finance.recordedBy') }}</dt><dd><bdi>{{ selected.recordedBy }}</bdi> · <bdi>{{ dateTime(selected.recordedAt) }}</bdi></dd>
        </dl>
        <h3>{{ $t('finance.evidence.ofPayment') }}</h3>
        <p v-if="canWrite()" class="muted">{{ $t('finance.evidence.why') }}</p>
        <EvidencePanel subject="payments" :id="selected.id" file-testid="payment-evidence-file"
                       submit-testid="payment-evidence-submit" table-testid="evidence-table" />
        <details v-if="canWrite() && !selected.reverses && !selected.reversed" class="fin-danger" :open="Boolean(reversePayment.error.value)">
          <summary data-testid="payment-reversal-open">{{ $t('finance.payment.reverse') }}</summary>
          <Refusal :error="reversePayment.error.value" :shown="['reference', 'on']" />
          <form class="form" data-testid="payment-reversal-form" @submit.prevent="reversePayment.run()">
            <Field :label="$t('finance.reversalReference')" name="reference" v-model="reversal.reference" :error="reversePayment.error.value" required />
            <Field :label="$t('finance.payment.reversalOn')" type="date" name="on" v-model="reversal.on" :error="reversePayment.error.value" :help="$t('finance.todayIfEmpty')" />
            <div class="actions"><button type="submit" class="danger" :disabled="reversePayment.busy.value" data-testid="payment-reversal-submit">{{ $t('finance.payment.reverseSubmit') }}</button></div>
          </form>
        </details>
        <p v-if="reversePayment.done.value" class="alert ok" role="status">{{ $t('finance.payment.reversed', { reference: reversePayment.done.value.reference }) }}</p>
      </section>

      <section class="card">
        <h2>{{ $t('finance.payment.list') }}</h2>
        <div class="toolbar">
          <Field :label="$t('finance.payment.commitment')" name="commitmentId" v-model="filter" :options="filterOptions" />
        </div>
        <ProblemAlert :error="listError" />
        <DataTable v-if="list" testid="payments-table" :rows="list.items" :page="list" @page="load" :columns="columns" clickable @select="choose">
          <template #cell-status="{ row }"><StatusBadge group="paymentStatus" :value="paymentStatus(row)" /></template>
        </DataTable>
      </section>
    </div>`,
});

export const spending = { Commitments, CommitmentDetail, Payments };
