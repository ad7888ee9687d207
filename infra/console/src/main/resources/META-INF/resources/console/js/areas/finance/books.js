// The city's books: funding agreements (sign, amend, cancel: each correction is a new row), budget
// lines split exactly across the funders, and suppliers. The finance officer writes; the city
// director reads. Every refusal of the API is shown next to the field it names.
import { defineComponent, ref, reactive, computed, watch, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../../api.js';
import { name, money, date, dateTime } from '../../format.js';
import {
  FUNDERS, CATEGORIES, canWrite, useAction, splitBody, emptySplit, splitMinus, decimalText, vInput, DECIMAL,
  useFiscalYears, yearOptions, usePaged, kit,
} from './kit.js';

const AGREEMENT_FIELDS = ['funder', 'reference', 'committedAmount', 'periodStart', 'periodEnd', 'signedOn', 'reason'];

const Agreements = defineComponent({
  name: 'FinanceAgreements',
  components: kit,
  directives: { input: vInput },
  setup() {
    const { t } = useI18n();
    const { list, error: listError, load: loadPage, reload } = usePaged('/v1/finance/agreements');
    const selected = ref(null);
    async function load(page) {
      await (page === undefined ? reload() : loadPage(page));
      if (selected.value && list.value) selected.value = list.value.items.find((a) => a.id === selected.value.id) || selected.value;
    }
    onMounted(() => load(0));

    const blank = () => ({ funder: 'REGION', reference: '', committedAmount: '', periodStart: '', periodEnd: '', signedOn: '' });
    const form = reactive(blank());
    const sign = useAction(async () => {
      const created = await api.post('/v1/finance/agreements', { ...form, committedAmount: decimalText(form.committedAmount) });
      Object.assign(form, blank());
      await load(0);
      return created;
    });

    const amendment = reactive({ reference: '', committedAmount: '', periodStart: '', periodEnd: '', signedOn: '', reason: '' });
    const cancellation = reactive({ reference: '', reason: '' });
    function choose(row) {
      selected.value = row;
      Object.assign(amendment, { reference: '', committedAmount: row.committedAmount === null ? '' : String(row.committedAmount),
        periodStart: row.periodStart, periodEnd: row.periodEnd, signedOn: '', reason: '' });
      Object.assign(cancellation, { reference: '', reason: '' });
      amend.done.value = null; amend.error.value = null; cancel.done.value = null; cancel.error.value = null;
    }
    const amend = useAction(async () => {
      const body = { ...amendment, committedAmount: decimalText(amendment.committedAmount) };
      if (!body.periodStart) delete body.periodStart;
      if (!body.periodEnd) delete body.periodEnd;
      const created = await api.post(`/v1/finance/agreements/${selected.value.id}/amendment`, body);
      await load();
      selected.value = created;
      return created;
    });
    const cancel = useAction(async () => {
      const created = await api.post(`/v1/finance/agreements/${selected.value.id}/reversal`, { ...cancellation });
      await load();
      return created;
    });
    const funders = computed(() => FUNDERS.map((f) => ({ value: f, label: t(`funder.${f}`) })));
    const columns = computed(() => [
      { key: 'reference', label: t('finance.agreement.reference') },
      { key: 'funder', label: t('common.funder'), value: (r) => t(`funder.${r.funder}`) },
      { key: 'committedAmount', label: t('finance.agreement.committedAmount'), num: true, value: (r) => money(r.committedAmount) },
      { key: 'period', label: t('finance.agreement.period'), value: (r) => t('finance.agreement.periodValue', { from: date(r.periodStart), to: date(r.periodEnd) }) },
      { key: 'signedOn', label: t('finance.agreement.signedOn'), value: (r) => date(r.signedOn) },
      { key: 'status', label: t('common.status') },
    ]);
    return { list, listError, load, selected, choose, form, sign, amendment, amend, cancellation, cancel, funders, columns,
      canWrite, money, date, dateTime, AGREEMENT_FIELDS, DECIMAL };
  },
  template: `
    <div class="fin">
      <h1>{{ $t('finance.agreement.title') }}</h1>
      <p class="muted">{{ $t('finance.agreement.intro') }} <template v-if="canWrite()">{{ $t('finance.agreement.introOfficer') }}</template></p>
      <ProblemAlert :error="listError" />
      <DataTable v-if="list" testid="agreements-table" :rows="list.items" :page="list" @page="load" :columns="columns" clickable @select="choose">
        <template #cell-status="{ row }"><StatusBadge group="agreementStatus" :value="row.status" /></template>
      </DataTable>

      <section v-if="selected" class="card fin-detail" data-testid="agreement-detail">
        <h2>{{ $t('finance.agreement.one', { reference: selected.reference }) }}</h2>
        <dl class="facts">
          <dt>{{ $t('common.funder') }}</dt><dd>{{ $t('funder.' + selected.funder) }}</dd>
          <dt>{{ $t('finance.agreement.committedAmount') }}</dt><dd>{{ money(selected.committedAmount) }}</dd>
          <dt>{{ $t('finance.agreement.period') }}</dt><dd>{{ $t('finance.agreement.periodValue', { from: date(selected.periodStart), to: date(selected.periodEnd) }) }}</dd>
          <dt>{{ $t('finance.agreement.signedOn') }}</dt><dd>{{ date(selected.signedOn) }}</dd>
          <dt>{{ $t('common.status') }}</dt><dd><StatusBadge group="agreementStatus" :value="selected.status" /></dd>
          <template v-if="selected.reason"><dt>{{ $t('common.reason') }}</dt><dd>{{ selected.reason }}</dd></template>
          <template v-if="selected.recordedBy"><dt>{{ $t('finance.recordedBy') }}</dt><dd><bdi>{{ selected.recordedBy }}</bdi> · <bdi>{{ dateTime(selected.recordedAt) }}</bdi></dd></template>
        </dl>
        <p v-if="amend.done.value" class="alert ok" role="status">{{ $t('finance.agreement.amended', { reference: amend.done.value.reference }) }}</p>
        <p v-if="cancel.done.value" class="alert ok" role="status">{{ $t('finance.agreement.cancelled', { reference: cancel.done.value.reference }) }}</p>
        <template v-if="canWrite() && selected.status === 'IN_FORCE'">
          <h3>{{ $t('finance.agreement.amend') }}</h3>
          <Refusal :error="amend.error.value" :shown="AGREEMENT_FIELDS" />
          <form class="form" data-testid="agreement-amend-form" @submit.prevent="amend.run()">
            <Field :label="$t('finance.agreement.amendmentReference')" name="reference" v-model="amendment.reference" :error="amend.error.value" required />
            <Field :label="$t('finance.agreement.newAmount')" name="committedAmount" v-model="amendment.committedAmount" :error="amend.error.value" v-input="DECIMAL" required />
            <Field :label="$t('finance.agreement.periodStart')" type="date" name="periodStart" v-model="amendment.periodStart" :error="amend.error.value" />
            <Field :label="$t('finance.agreement.periodEnd')" type="date" name="periodEnd" v-model="amendment.periodEnd" :error="amend.error.value" />
            <Field :label="$t('finance.agreement.signedOn')" type="date" name="signedOn" v-model="amendment.signedOn" :error="amend.error.value" required />
            <Field :label="$t('common.reason')" name="reason" v-model="amendment.reason" :error="amend.error.value" required />
            <div class="actions"><button type="submit" :disabled="amend.busy.value" data-testid="agreement-amend-submit">{{ $t('finance.agreement.amendSubmit') }}</button></div>
          </form>
          <details class="fin-danger" :open="Boolean(cancel.error.value)">
          <summary data-testid="agreement-cancel-open">{{ $t('finance.agreement.cancel') }}</summary>
          <Refusal :error="cancel.error.value" :shown="AGREEMENT_FIELDS" />
          <form class="form" data-testid="agreement-cancel-form" @submit.prevent="cancel.run()">
            <Field :label="$t('finance.agreement.cancellationReference')" name="reference" v-model="cancellation.reference" :error="cancel.error.value" required />
            <Field :label="$t('common.reason')" name="reason" v-model="cancellation.reason" :error="cancel.error.value" required />
            <div class="actions"><button type="submit" class="danger" :disabled="cancel.busy.value" data-testid="agreement-cancel-submit">{{ $t('finance.agreement.cancelSubmit') }}</button></div>
          </form>
          </details>
        </template>
      </section>

      <section v-if="canWrite()" class="card">
        <h2>{{ $t('finance.agreement.sign') }}</h2>
        <p v-if="sign.done.value" class="alert ok" role="status">{{ $t('finance.agreement.signed', { reference: sign.done.value.reference }) }}</p>
        <Refusal :error="sign.error.value" :shown="AGREEMENT_FIELDS" />
        <form class="form" data-testid="agreement-form" @submit.prevent="sign.run()">
          <Field :label="$t('common.funder')" name="funder" v-model="form.funder" :options="funders" :error="sign.error.value" required />
          <Field :label="$t('finance.agreement.reference')" name="reference" v-model="form.reference" :error="sign.error.value" required />
          <Field :label="$t('finance.agreement.committedAmount')" name="committedAmount" v-model="form.committedAmount" :error="sign.error.value" v-input="DECIMAL" required :help="$t('finance.amountHelp')" />
          <Field :label="$t('finance.agreement.periodStart')" type="date" name="periodStart" v-model="form.periodStart" :error="sign.error.value" required />
          <Field :label="$t('finance.agreement.periodEnd')" type="date" name="periodEnd" v-model="form.periodEnd" :error="sign.error.value" required />
          <Field :label="$t('finance.agreement.signedOn')" type="date" name="signedOn" v-model="form.signedOn" :error="sign.error.value" required />
          <div class="actions"><button type="submit" :disabled="sign.busy.value" data-testid="agreement-submit">{{ $t('finance.agreement.signSubmit') }}</button></div>
        </form>
      </section>
    </div>`,
});

const LINE_FIELDS = ['fiscalYear', 'category', 'subCategory', 'label', 'amount', 'split'];

const BudgetLines = defineComponent({
  name: 'FinanceBudgetLines',
  components: kit,
  directives: { input: vInput },
  setup() {
    const { t } = useI18n();
    const years = useFiscalYears();
    const fiscalYear = ref('');
    const { list, error: listError, load } = usePaged('/v1/finance/budget-lines', () => ({ fiscalYear: fiscalYear.value }));
    const selected = ref(null);
    onMounted(() => load(0));
    watch(fiscalYear, () => load(0));

    const blank = () => ({ fiscalYear: String(new Date().getFullYear()), category: 'CONSTRUCTION', subCategory: '', fr: '', ar: '', amount: '', split: emptySplit() });
    const form = reactive(blank());
    const create = useAction(async () => {
      const year = /^\d+$/.test(form.fiscalYear.trim()) ? Number(form.fiscalYear.trim()) : form.fiscalYear;
      const created = await api.post('/v1/finance/budget-lines', {
        fiscalYear: year, category: form.category, subCategory: form.subCategory || null,
        label: { fr: form.fr, ar: form.ar }, amount: decimalText(form.amount), split: splitBody(form.split),
      });
      Object.assign(form, blank());
      await load(0);
      selected.value = created;
      return created;
    });
    const categories = computed(() => CATEGORIES.map((c) => ({ value: c, label: t(`finance.category.${c}`) })));
    const yearChoices = computed(() => yearOptions(t, years.value));
    const columns = computed(() => [
      { key: 'fiscalYear', label: t('common.fiscalYear') },
      { key: 'category', label: t('finance.line.category'), value: (r) => t(`finance.category.${r.category}`) },
      { key: 'label', label: t('finance.line.label'), value: (r) => name(r.label) },
      { key: 'subCategory', label: t('finance.line.subCategory') },
      { key: 'amount', label: t('finance.line.amount'), num: true, value: (r) => money(r.amount) },
    ]);
    const perFunder = computed(() => {
      const l = selected.value;
      if (!l) return [];
      const available = splitMinus(l.split, l.committed);
      return FUNDERS.map((f) => ({ funder: f, share: l.split[f], committed: l.committed[f], paid: l.paid[f], available: available[f] }));
    });
    return { years, fiscalYear, yearChoices, list, listError, load, selected, form, create, categories, columns, perFunder,
      canWrite, money, name, LINE_FIELDS, DECIMAL };
  },
  template: `
    <div class="fin">
      <h1>{{ $t('finance.line.title') }}</h1>
      <div class="toolbar">
        <Field :label="$t('common.fiscalYear')" name="fiscalYear" v-model="fiscalYear" :options="yearChoices" />
      </div>
      <ProblemAlert :error="listError" />
      <DataTable v-if="list" testid="budget-lines-table" :rows="list.items" :page="list" @page="load" :columns="columns" clickable @select="selected = $event" />

      <section v-if="selected" class="card" data-testid="budget-line-detail">
        <h2>{{ name(selected.label) }} — {{ selected.fiscalYear }}</h2>
        <FunderTable :rows="perFunder" />
        <p><router-link :to="{ path: '/city/finance/commitments', query: { line: selected.id } }" data-testid="budget-line-commitments">{{ $t('finance.line.commitments') }}</router-link></p>
      </section>

      <section v-if="canWrite()" class="card">
        <h2>{{ $t('finance.line.create') }}</h2>
        <p class="muted">{{ $t('finance.line.envelope') }}</p>
        <p v-if="create.done.value" class="alert ok" role="status">{{ $t('finance.line.created', { label: name(create.done.value.label) }) }}</p>
        <Refusal :error="create.error.value" :shown="LINE_FIELDS" />
        <form class="form" data-testid="budget-line-form" @submit.prevent="create.run()">
          <Field :label="$t('common.fiscalYear')" name="fiscalYear" v-model="form.fiscalYear" :error="create.error.value" v-input="{ inputmode: 'numeric' }" required />
          <Field :label="$t('finance.line.category')" name="category" v-model="form.category" :options="categories" :error="create.error.value" required />
          <Field :label="$t('finance.line.subCategory')" name="subCategory" v-model="form.subCategory" :error="create.error.value" />
          <Field :label="$t('finance.line.labelFr')" name="label.fr" v-model="form.fr" :error="create.error.value" dir="ltr" required />
          <Field :label="$t('finance.line.labelAr')" name="label.ar" v-model="form.ar" :error="create.error.value" dir="rtl" required />
          <Field :label="$t('finance.line.amount')" name="amount" v-model="form.amount" :error="create.error.value" v-input="DECIMAL" required :help="$t('finance.amountHelp')" />
          <SplitFields class="fin-wide" v-model="form.split" :amount="form.amount" :error="create.error.value" testid="budget-line-split" />
          <div class="actions"><button type="submit" :disabled="create.busy.value" data-testid="budget-line-submit">{{ $t('common.create') }}</button></div>
        </form>
      </section>
    </div>`,
});

const Suppliers = defineComponent({
  name: 'FinanceSuppliers',
  components: kit,
  setup() {
    const { t } = useI18n();
    const { list, error: listError, load } = usePaged('/v1/finance/suppliers');
    onMounted(() => load(0));
    const form = reactive({ name: '', identifier: '' });
    const create = useAction(async () => {
      const created = await api.post('/v1/finance/suppliers', { ...form });
      Object.assign(form, { name: '', identifier: '' });
      await load(0);
      return created;
    });
    const columns = computed(() => [
      { key: 'name', label: t('finance.supplier.name') },
      { key: 'identifier', label: t('finance.supplier.identifier') },
    ]);
    return { list, listError, load, form, create, columns, canWrite };
  },
  template: `
    <div class="fin">
      <h1>{{ $t('finance.supplier.title') }}</h1>
      <ProblemAlert :error="listError" />
      <DataTable v-if="list" testid="suppliers-table" :rows="list.items" :page="list" @page="load" :columns="columns" />
      <section v-if="canWrite()" class="card">
        <h2>{{ $t('finance.supplier.create') }}</h2>
        <p v-if="create.done.value" class="alert ok" role="status">{{ $t('finance.supplier.created', { name: create.done.value.name }) }}</p>
        <Refusal :error="create.error.value" :shown="['name', 'identifier']" />
        <form class="form" data-testid="supplier-form" @submit.prevent="create.run()">
          <Field :label="$t('finance.supplier.name')" name="name" v-model="form.name" :error="create.error.value" required />
          <Field :label="$t('finance.supplier.identifier')" name="identifier" v-model="form.identifier" :error="create.error.value" dir="ltr" required :help="$t('finance.supplier.identifierHelp')" />
          <div class="actions"><button type="submit" :disabled="create.busy.value" data-testid="supplier-submit">{{ $t('common.create') }}</button></div>
        </form>
      </section>
    </div>`,
});

export const books = { Agreements, BudgetLines, Suppliers };
