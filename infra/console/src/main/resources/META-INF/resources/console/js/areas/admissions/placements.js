// Offers and seats of an intake (OfferResource): the offers with the applicant's answer — accept
// enrols them as a trainee, decline passes the seat on —, the deadline check, and the first-year
// seats of each programme with its waitlist and "offer the next in line".
import { defineComponent, ref, reactive, computed, watch, nextTick } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../../api.js';
import { useLoad } from '../../components/index.js';
import { name, number, dateTime } from '../../format.js';
import { can, codeOptions, useYear, useCatalogue, usePaged, StatusBadge, ReasonForm, ActionProblem, useAction } from '../offer/shared.js';
import { loadApplications, applicantNameOf, applicationChanged, personName, systemReason } from './common.js';

const OFFER_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED'];

export const Offers = defineComponent({
  name: 'AdmissionsOffers',
  components: { StatusBadge, ReasonForm, ActionProblem },
  setup() {
    const { t } = useI18n();
    const cat = useCatalogue();
    const year = useYear();
    const filters = reactive({ status: '', programme: '' });
    const { data: loaded, error, loading, run: load } = useLoad(() => api.get('/v1/offers', { academicYear: year.value, ...filters }));
    const offers = computed(() => loaded.value || []);
    const { busy: working, error: actionError, done, act: write } = useAction();
    const target = ref(null); // the offer being answered
    const busy = computed(() => (working.value ? target.value : null));
    const enrolled = ref(null); // the trainee the last acceptance made
    const declining = ref(null);
    const { page, visible, go } = usePaged(offers, 25);
    watch(() => [year.value, filters.status, filters.programme], () => { go(0); load(); }, { immediate: true });
    watch(visible, (rows) => loadApplications(rows.map((o) => o.applicationId)));
    /** An answer to an offer (or the deadline check, with no offer); the list is read again. */
    function act(offer, call, after) {
      target.value = offer ? offer.id : null;
      enrolled.value = null;
      return write(call, async (answer) => {
        if (offer) {
          applicationChanged(offer.applicationId);
          await loadApplications([offer.applicationId]); // the message names the applicant
        }
        declining.value = null;
        const message = after(answer);
        await load();
        return message;
      });
    }
    const accept = (offer) => act(offer, () => api.post(`/v1/offers/${offer.id}/acceptance`), (trainee) => {
      enrolled.value = trainee;
      return t('adm.offers.accepted', { name: applicantNameOf(offer.applicationId), group: trainee.groupCode || '—' });
    });
    const decline = (offer, reason) => act(offer, () => api.post(`/v1/offers/${offer.id}/decline`, { reason: reason || null }),
      () => t('adm.offers.declined', { name: applicantNameOf(offer.applicationId) }));
    const expire = () => act(null, () => api.post('/v1/offers/expiry'), ({ expired }) => t('adm.offers.expired', { n: number(expired) }));
    const columns = computed(() => [
      { key: 'applicant', label: t('adm.app.applicant') },
      { key: 'programme', label: t('adm.app.programme') },
      { key: 'status', label: t('common.status') },
      { key: 'expiresAt', label: t('adm.offers.expiresAt') },
      { key: 'decision', label: t('adm.offers.decision') },
      ...(can('admissionsWrite') ? [{ key: 'actions', label: t('common.actions') }] : []),
    ]);
    const statusOptions = computed(() => codeOptions(t, OFFER_STATUSES, 'adm.offerStatus'));
    const programmeOptions = computed(() => cat.programmeOptions(year.value, { first: t('common.all') }));
    const programmeCode = (id) => cat.byId.value.get(id)?.code || '—';
    const programmeName = (id) => { const p = cat.byId.value.get(id); return p ? name(p.name) : ''; };
    return { year, filters, offers, error, loading, actionError, done, enrolled, declining, busy, page, visible, go, load, programmeCode, programmeName,
      accept, decline, expire, columns, statusOptions, programmeOptions, applicantNameOf, dateTime, t, systemReason,
      writer: can('admissionsWrite') };
  },
  template: `
    <div>
      <h1>{{ $t('adm.offers.title') }}</h1>
      <form class="toolbar" data-testid="offers-filters" @submit.prevent="load">
        <YearPicker v-model="year" />
        <Field :label="$t('common.status')" name="status" v-model="filters.status" :options="statusOptions" />
        <Field :label="$t('adm.app.programme')" name="programme" v-model="filters.programme" :options="programmeOptions" />
        <button type="submit" class="secondary">{{ $t('common.refresh') }}</button>
        <button v-if="writer" type="button" class="secondary" data-testid="offers-expire" @click="expire">{{ $t('adm.offers.expire') }}</button>
        <router-link class="button secondary" to="/city/admissions/seats">{{ $t('adm.nav.seats') }}</router-link>
      </form>
      <p v-if="done" class="alert ok" role="status" data-testid="offers-done">{{ done }}
        <router-link v-if="enrolled" :to="'/city/admissions/trainees/' + enrolled.id" data-testid="offer-trainee-link">{{ $t('adm.offers.seeTrainee') }}</router-link></p>
      <ActionProblem :error="error" />
      <ActionProblem :error="actionError" :shown="declining ? ['reason'] : []" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <p v-if="!loading && !offers.length && !filters.status && !filters.programme" class="alert info">{{ $t('adm.offers.none') }}
        <router-link to="/city/admissions/selection">{{ $t('adm.nav.selection') }}</router-link></p>
      <DataTable testid="offers-table" :columns="columns" :rows="visible" :page="page" @page="go">
        <template #cell-applicant="{ row }"><router-link :to="'/city/admissions/applications/' + row.applicationId">{{ applicantNameOf(row.applicationId) }}</router-link></template>
        <template #cell-programme="{ row }"><span class="nowrap">{{ programmeCode(row.programmeId) }}</span><div class="muted small">{{ programmeName(row.programmeId) }}</div></template>
        <template #cell-expiresAt="{ row }"><span class="nowrap">{{ dateTime(row.expiresAt) }}</span><div class="muted small">{{ $t('adm.offers.offeredOn', { at: dateTime(row.offeredAt) }) }}</div></template>
        <template #cell-status="{ row }"><StatusBadge prefix="adm.offerStatus" :code="row.status" :good="['ACCEPTED']" :bad="['DECLINED', 'EXPIRED']" /></template>
        <template #cell-decision="{ row }">
          <template v-if="row.decidedAt"><span class="nowrap">{{ dateTime(row.decidedAt) }}</span><div v-if="row.decisionNote" class="muted">{{ systemReason(t, row.decisionNote) }}</div></template>
          <template v-else>—</template>
        </template>
        <template #cell-actions="{ row }">
          <template v-if="row.status === 'PENDING'">
            <ReasonForm v-if="declining === row.id" :label="$t('adm.offers.declineReason')" :submit-label="$t('adm.offers.decline')" :required="false"
                        danger :busy="busy === row.id" :error="actionError" testid="decline-form" @submit="decline(row, $event)" @cancel="declining = null" />
            <span v-else class="row-actions">
              <button data-testid="offer-accept" :disabled="busy === row.id" :aria-label="$t('adm.offers.acceptHint', { name: applicantNameOf(row.applicationId) })" @click="accept(row)">{{ $t('adm.offers.accept') }}</button>
              <button class="secondary" data-testid="offer-decline" :disabled="busy === row.id" :aria-label="$t('adm.offers.declineHint', { name: applicantNameOf(row.applicationId) })" @click="declining = row.id">{{ $t('adm.offers.decline') }}</button>
            </span>
          </template>
        </template>
      </DataTable>
    </div>`,
});

/** The applicants waiting for a seat of one programme, by their place on its waitlist. */
const Waitlist = defineComponent({
  name: 'Waitlist',
  components: { StatusBadge, ActionProblem },
  props: { programmeId: { type: String, required: true }, year: { type: String, required: true } },
  setup(props) {
    const { t } = useI18n();
    // Waiting: waitlisted applicants, and those holding a seat elsewhere who prefer this programme.
    const { data: rows, error, run: load } = useLoad(async () => {
      const lists = await Promise.all(['WAITLISTED', 'OFFERED'].map((status) => api.get('/v1/applications',
        { academicYear: props.year, programme: props.programmeId, status, size: 100 })));
      const apps = lists.flatMap((l) => l.items);
      const explained = await Promise.all(apps.map((a) => api.get(`/v1/applications/${a.id}/explanation`).then((x) => ({ a, x })).catch(() => ({ a, x: null }))));
      return explained
        .map(({ a, x }) => {
          const wish = a.wishes.find((w) => w.programmeId === props.programmeId);
          const outcome = x && wish ? x.wishes.find((w) => w.preference === wish.preference) : null;
          return { id: a.id, application: a, wish, outcome };
        })
        .filter((r) => r.outcome && r.outcome.outcome === 'WAITLISTED')
        .sort((p, q) => p.outcome.waitlistPosition - q.outcome.waitlistPosition);
    });
    watch(() => [props.programmeId, props.year], () => load(), { immediate: true });
    const columns = computed(() => [
      { key: 'position', label: t('adm.seats.position'), num: true, value: (r) => number(r.outcome.waitlistPosition) },
      { key: 'name', label: t('adm.app.applicant') },
      { key: 'preference', label: t('adm.app.preference'), num: true, value: (r) => number(r.wish.preference) },
      { key: 'score', label: t('adm.seats.score'), num: true, value: (r) => number(r.outcome.score, 4) },
      { key: 'status', label: t('common.status') },
    ]);
    return { rows, error, columns, personName, load };
  },
  template: `
    <div data-testid="waitlist">
      <ActionProblem :error="error" />
      <p v-if="!rows && !error" class="muted" role="status">{{ $t('common.loading') }}</p>
      <DataTable v-if="rows" :columns="columns" :rows="rows" :caption="$t('adm.seats.waitlistCaption')">
        <template #cell-name="{ row }"><router-link :to="'/city/admissions/applications/' + row.id">{{ personName(row.application.applicant) }}</router-link></template>
        <template #cell-status="{ row }"><StatusBadge prefix="adm.appStatus" :code="row.application.status" /></template>
      </DataTable>
    </div>`,
});

export const Seats = defineComponent({
  name: 'AdmissionsSeats',
  components: { Waitlist, ActionProblem },
  setup() {
    const { t } = useI18n();
    const cat = useCatalogue();
    const year = useYear();
    const { data: loaded, error, run: load } = useLoad(() => api.get('/v1/seats', { academicYear: year.value }));
    const seats = computed(() => loaded.value || []);
    const { busy: working, error: actionError, done, act } = useAction();
    const target = ref(null); // the programme whose next applicant is being offered a seat
    const busy = computed(() => (working.value ? target.value : null));
    const open = ref(null);
    const reloads = ref(0);
    const codeOf = (s) => cat.byId.value.get(s.programmeId)?.code || '';
    const sorted = computed(() => [...seats.value].sort((p, q) => codeOf(p).localeCompare(codeOf(q))));
    const { page, visible, go } = usePaged(sorted, 25);
    watch(year, () => { open.value = null; go(0); load(); }, { immediate: true });
    function offerNext(row) {
      target.value = row.programmeId;
      return act(() => api.post(`/v1/seats/${row.programmeId}/${year.value}/next-offer`), async (offer) => {
        await loadApplications([offer.applicationId]);
        await load();
        reloads.value++;
        return t('adm.seats.offered', { name: applicantNameOf(offer.applicationId), programme: cat.programmeLabel(row.programmeId) });
      });
    }
    const columns = computed(() => [
      { key: 'programme', label: t('adm.app.programme'), value: (s) => cat.programmeLabel(s.programmeId) },
      { key: 'capacity', label: t('adm.seats.capacity'), num: true, value: (s) => number(s.capacity) },
      { key: 'held', label: t('adm.seats.held'), num: true, value: (s) => number(s.held) },
      { key: 'free', label: t('adm.seats.free'), num: true, value: (s) => number(s.free) },
      { key: 'actions', label: t('common.actions') },
    ]);
    const panel = ref(null);
    /** Opens (or closes) a programme's waitlist and brings it into view below the table. */
    async function toggle(id) {
      open.value = open.value === id ? null : id;
      await nextTick();
      if (open.value && panel.value) {
        panel.value.scrollIntoView({ block: 'start' });
        panel.value.focus({ preventScroll: true });
      }
    }
    const totals = computed(() => seats.value.reduce((s, r) => ({ capacity: s.capacity + r.capacity, held: s.held + r.held, free: s.free + r.free }), { capacity: 0, held: 0, free: 0 }));
    return { year, seats, error, actionError, done, open, busy, reloads, panel, page, visible, go, offerNext, columns, totals, number, cat,
      writer: can('admissionsWrite'), toggle };
  },
  template: `
    <div>
      <h1>{{ $t('adm.seats.title') }}</h1>
      <div class="toolbar"><YearPicker v-model="year" /></div>
      <ActionProblem :error="error" />
      <p v-if="done" class="alert ok" role="status" data-testid="seats-done">{{ done }}</p>
      <ActionProblem :error="actionError" />
      <p v-if="!seats.length && !error" class="alert info">{{ $t('adm.seats.none') }}</p>
      <template v-else>
        <div class="grid">
          <Stat :label="$t('adm.seats.capacity')" :value="number(totals.capacity)" />
          <Stat :label="$t('adm.seats.held')" :value="number(totals.held)" />
          <Stat :label="$t('adm.seats.free')" :value="number(totals.free)" />
        </div>
        <p class="muted">{{ $t('adm.seats.help') }}</p>
        <DataTable testid="seats-table" row-key="programmeId" :columns="columns" :rows="visible" :page="page" @page="go">
          <template #cell-actions="{ row }">
            <span class="row-actions">
              <button class="secondary" :aria-expanded="open === row.programmeId ? 'true' : 'false'" data-testid="waitlist-toggle" @click="toggle(row.programmeId)">{{ $t('adm.seats.waitlist') }}</button>
              <button v-if="writer" :disabled="row.free <= 0 || busy === row.programmeId" data-testid="offer-next" @click="offerNext(row)">{{ $t('adm.seats.offerNext') }}</button>
            </span>
          </template>
        </DataTable>
        <section v-if="open" ref="panel" tabindex="-1" class="card" style="margin-block-start: 1rem">
          <h2>{{ $t('adm.seats.waitlistOf', { programme: cat.programmeLabel(open) }) }}</h2>
          <Waitlist :key="open + '-' + reloads" :programme-id="open" :year="year" />
        </section>
      </template>
    </div>`,
});
