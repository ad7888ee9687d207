// The facilities screens: the platforms and shared structures with their weekly opening hours,
// the bookings calendar (FullCalendar, right-to-left in Arabic) with booking and cancelling, and
// a month's utilisation per resource and kind (docs/facilities-figures.md).
import { defineComponent, ref, reactive, computed, watch, onMounted, onBeforeUnmount, nextTick } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { api } from '../../api.js';
import { hasRole } from '../../session.js';
import { language, isRtl } from '../../i18n.js';
import { name, number, percent, dateTime } from '../../format.js';
import { useLoad } from '../../components/index.js';
import { useAction, codeOptions, nameOptions, useOffer, shortId, openingYear, int, ltr, kit } from '../staff/kit.js';

export const READERS = ['city-director', 'campus-manager', 'trainer'];
export const BOOKERS = ['campus-manager', 'trainer'];
export const UTILISATION_READERS = ['city-director', 'campus-manager'];
const MANAGER = 'campus-manager';
export const KINDS = [
  'PEDAGOGICAL_HOTEL', 'PEDAGOGICAL_RESTAURANT', 'DIGITAL_FACTORY', 'VIRTUAL_COMPANY', 'CARE_UNIT', 'LEARNING_FACTORY',
  'PEDAGOGICAL_NURSERY', 'PEDAGOGICAL_APARTMENT', 'LANGUAGE_CENTRE', 'MEDIA_LIBRARY', 'COWORKING', 'INCUBATOR', 'FAB_LAB',
  'CONFERENCE_CENTRE', 'CAREER_CENTRE', 'MOOC_STUDIO', 'SPORTS_FIELD',
];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const BOOKER_KINDS = ['GROUP', 'TRAINER', 'INCUBATOR_PROJECT', 'PARTNER'];

/** "Mon–Fri 08:30–12:30, 14:00–18:00 · Sat 08:30–12:30": consecutive days with the same hours together. */
function hoursSummary(t, intervals) {
  if (!intervals?.length) return t('facilities.closed');
  const of = (d) => intervals.filter((i) => i.day === d).map((i) => `${i.opens}–${i.closes}`).join(', ');
  const runs = [];
  for (const d of DAYS) {
    const hours = of(d);
    const last = runs[runs.length - 1];
    if (hours && last && last.hours === hours && DAYS.indexOf(last.to) === DAYS.indexOf(d) - 1) last.to = d;
    else if (hours) runs.push({ from: d, to: d, hours });
  }
  const day = (d) => t(`facilities.daysShort.${d}`);
  return runs.map((r) => `${r.from === r.to ? day(r.from) : `${day(r.from)}–${day(r.to)}`} ${ltr(r.hours)}`).join(' · ');
}

function useResources() {
  const resources = ref([]);
  const load = async () => { resources.value = await api.get('/v1/facilities/resources'); };
  const resourceName = (id) => name(resources.value.find((r) => r.id === id)?.name) || shortId(id);
  return { resources, load, resourceName };
}

/** The form of a resource: a new one (with its code) or a change (with the version read). */
export const ResourceForm = defineComponent({
  name: 'ResourceForm',
  components: kit,
  props: { resource: { type: Object, default: null } },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const { t } = useI18n();
    const { offer } = useOffer();
    const r = props.resource;
    const form = reactive({
      code: r?.code || '', nameFr: r?.name?.fr || '', nameAr: r?.name?.ar || '', kind: r?.kind || 'CONFERENCE_CENTRE',
      capacity: r ? String(r.capacity) : '', poleId: r?.poleId || '', active: r ? r.active : true,
      openingHours: (r?.openingHours || [{ day: 'MONDAY', opens: '08:30', closes: '12:30' }]).map((i) => ({ ...i })),
    });
    const action = useAction();
    const kinds = computed(() => codeOptions(t, 'facilities.kinds', KINDS));
    const days = computed(() => codeOptions(t, 'facilities.days', DAYS));
    const poles = computed(() => nameOptions(offer.poles, t('facilities.noPole')));
    const add = () => {
      const last = form.openingHours[form.openingHours.length - 1];
      form.openingHours.push(last ? { ...last, day: DAYS[(DAYS.indexOf(last.day) + 1) % 7] } : { day: 'MONDAY', opens: '08:30', closes: '12:30' });
    };
    const remove = (i) => form.openingHours.splice(i, 1);
    async function submit() {
      const body = {
        name: { fr: form.nameFr, ar: form.nameAr }, kind: form.kind, capacity: int(form.capacity), poleId: form.poleId || null,
        openingHours: form.openingHours.map((i) => ({ day: i.day, opens: i.opens, closes: i.closes })), active: form.active,
      };
      const saved = await action.run(() => (r ? api.put(`/v1/facilities/resources/${r.id}`, { ...body, version: r.version })
        : api.post('/v1/facilities/resources', { ...body, code: form.code })));
      if (saved) emit('saved', saved);
    }
    return { form, action, kinds, days, poles, add, remove, submit, editing: Boolean(r) };
  },
  template: `
    <form class="form card" data-testid="resource-form" @submit.prevent="submit" novalidate>
      <h2>{{ editing ? $t('facilities.editResource') : $t('facilities.newResource') }}</h2>
      <Refusal :error="action.error.value" />
      <Field v-if="!editing" :label="$t('common.code')" name="code" v-model="form.code" :error="action.error.value" required dir="ltr" />
      <Field :label="$t('common.nameFr')" name="name.fr" v-model="form.nameFr" :error="action.error.value" required dir="ltr" />
      <Field :label="$t('common.nameAr')" name="name.ar" v-model="form.nameAr" :error="action.error.value" required dir="rtl" />
      <Field :label="$t('facilities.kind')" name="kind" v-model="form.kind" :options="kinds" :error="action.error.value" required />
      <Field :label="$t('facilities.capacity')" type="number" min="1" name="capacity" v-model="form.capacity" :error="action.error.value" required :help="$t('facilities.capacityHelp')" />
      <Field :label="$t('facilities.pole')" name="poleId" v-model="form.poleId" :options="poles" :error="action.error.value" />
      <CheckField :label="$t('facilities.activeLabel')" name="active" v-model="form.active" />
      <fieldset class="campus-fieldset campus-hours" name="openingHours" data-testid="opening-hours">
        <legend>{{ $t('facilities.openingHours') }}</legend>
        <div v-for="(interval, i) in form.openingHours" :key="i" class="row">
          <Field :label="$t('facilities.day')" :name="'openingHours[' + i + '].day'" v-model="interval.day" :options="days" :error="action.error.value" />
          <Field :label="$t('facilities.opens')" type="time" :name="'openingHours[' + i + '].opens'" v-model="interval.opens" :error="action.error.value" />
          <Field :label="$t('facilities.closes')" type="time" :name="'openingHours[' + i + '].closes'" v-model="interval.closes" :error="action.error.value" />
          <button type="button" class="secondary" @click="remove(i)" :aria-label="$t('facilities.removeInterval')">{{ $t('facilities.remove') }}</button>
        </div>
        <p><button type="button" class="secondary" @click="add" data-testid="add-interval">{{ $t('facilities.addInterval') }}</button></p>
      </fieldset>
      <div class="actions">
        <button type="submit" :disabled="action.busy.value" data-testid="resource-save">{{ editing ? $t('common.save') : $t('common.create') }}</button>
        <button type="button" class="secondary" @click="$emit('cancel')">{{ $t('common.cancel') }}</button>
      </div>
    </form>`,
});

export const ResourcesScreen = defineComponent({
  name: 'FacilitiesResources',
  components: { ...kit, ResourceForm },
  setup() {
    const { t } = useI18n();
    const { pole } = useOffer();
    const filter = reactive({ kind: '', active: 'true' });
    const { data, error, loading, run } = useLoad(() => api.get('/v1/facilities/resources', filter));
    onMounted(run);
    watch(filter, run);
    const selected = ref(null);
    const creating = ref(false);
    const editing = ref(false);
    const ok = ref('');
    const columns = computed(() => [
      { key: 'code', label: t('common.code') },
      { key: 'name', label: t('common.name'), value: (r) => name(r.name) },
      { key: 'kind', label: t('facilities.kind'), value: (r) => t(`facilities.kinds.${r.kind}`) },
      { key: 'type', label: t('facilities.type') },
      { key: 'capacity', label: t('facilities.capacity'), num: true, value: (r) => number(r.capacity) },
      { key: 'poleId', label: t('facilities.pole'), value: (r) => (r.poleId ? pole(r.poleId) : '—') },
      { key: 'openingHours', label: t('facilities.openingHours'), value: (r) => hoursSummary(t, r.openingHours) },
      { key: 'active', label: t('common.status') },
    ]);
    const kinds = computed(() => codeOptions(t, 'facilities.kinds', KINDS, true));
    const actives = computed(() => [{ value: '', label: t('common.all') }, { value: 'true', label: t('facilities.active') }, { value: 'false', label: t('facilities.inactive') }]);
    function open(r) {
      selected.value = r;
      editing.value = false;
      creating.value = false;
      ok.value = '';
    }
    function saved(r) {
      ok.value = 'common.saved';
      creating.value = false;
      editing.value = false;
      selected.value = r;
      run();
    }
    const hoursByDay = (r) => DAYS.map((d) => ({ day: d, intervals: r.openingHours.filter((i) => i.day === d) }));
    return { filter, data, error, loading, columns, kinds, actives, selected, creating, editing, ok, open, saved, hoursByDay, pole, name, number, ltr, canWrite: hasRole(MANAGER) };
  },
  template: `
    <section>
      <div class="toolbar">
        <Field :label="$t('facilities.kind')" name="kind" v-model="filter.kind" :options="kinds" />
        <Field :label="$t('common.status')" name="active" v-model="filter.active" :options="actives" />
        <button v-if="canWrite" type="button" data-testid="resource-new" @click="creating = true; selected = null; ok = ''">{{ $t('facilities.newResource') }}</button>
      </div>
      <ProblemAlert :error="error" />
      <OkAlert :text="ok ? $t(ok) : ''" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <ResourceForm v-if="creating" @saved="saved" @cancel="creating = false" />
      <div v-if="selected && !creating" class="card" data-testid="resource-detail">
        <h2>{{ name(selected.name) }} <span class="badge" :class="selected.active ? 'ok' : 'bad'">{{ selected.active ? $t('facilities.active') : $t('facilities.inactive') }}</span></h2>
        <dl class="facts">
          <dt>{{ $t('common.code') }}</dt><dd><bdi>{{ selected.code }}</bdi></dd>
          <dt>{{ $t('facilities.kind') }}</dt><dd>{{ $t('facilities.kinds.' + selected.kind) }} ({{ selected.pedagogicalPlatform ? $t('facilities.platform') : $t('facilities.shared') }})</dd>
          <dt>{{ $t('facilities.capacity') }}</dt><dd>{{ $t('facilities.persons', { n: number(selected.capacity) }) }}</dd>
          <dt>{{ $t('facilities.pole') }}</dt><dd>{{ selected.poleId ? pole(selected.poleId) : '—' }}</dd>
          <template v-for="d in hoursByDay(selected)" :key="d.day">
            <dt>{{ $t('facilities.days.' + d.day) }}</dt>
            <dd>{{ d.intervals.length ? ltr(d.intervals.map(i => i.opens + '–' + i.closes).join(', ')) : $t('facilities.closed') }}</dd>
          </template>
        </dl>
        <p class="muted">{{ $t('facilities.timeZone') }}</p>
        <p class="campus-actions">
          <router-link class="button secondary" :to="{ path: '/city/facilities/calendar', query: { resource: selected.id } }">{{ $t('facilities.seeCalendar') }}</router-link>
          <button v-if="canWrite && !editing" type="button" data-testid="resource-edit" @click="editing = true; ok = ''">{{ $t('facilities.edit') }}</button>
          <button type="button" class="secondary" @click="selected = null">{{ $t('campus.close') }}</button>
        </p>
      </div>
      <ResourceForm v-if="selected && editing" :key="selected.id + selected.version" :resource="selected" @saved="saved" @cancel="editing = false" />
      <DataTable v-if="data" testid="resources-table" :columns="columns" :rows="data" clickable :caption="$t('facilities.resourcesCaption')" @select="open">
        <template #cell-type="{ row }">{{ row.pedagogicalPlatform ? $t('facilities.platform') : $t('facilities.shared') }}</template>
        <template #cell-active="{ row }"><span class="badge" :class="row.active ? 'ok' : 'bad'">{{ row.active ? $t('facilities.active') : $t('facilities.inactive') }}</span></template>
      </DataTable>
    </section>`,
});

/** A booking's times as the API gives them (Moroccan time with its offset), as wall-clock time. */
const wallClock = (iso) => String(iso).replace(/(Z|[+-]\d{2}:\d{2})$/, '').slice(0, 16);
const dayBefore = (d) => new Date(d.getTime() - 86400000).toISOString().slice(0, 10);
const palette = ['#00594f', '#b3541e', '#3d5a98', '#7a8b00', '#8e3b8e', '#5f6b7a', '#c28f00', '#2f8f83'];

export const CalendarScreen = defineComponent({
  name: 'FacilitiesCalendar',
  components: kit,
  setup() {
    const { t } = useI18n();
    const { resources, load: loadResources, resourceName } = useResources();
    const route = useRoute();
    const host = ref(null);
    const filter = reactive({ resource: '', cancelled: false });
    const error = ref(null);
    const selected = ref(null);
    const canBook = hasRole(...BOOKERS);
    const trainerOnly = !hasRole(MANAGER);
    const form = reactive({ resourceId: '', start: '', end: '', bookerKind: trainerOnly ? 'GROUP' : 'PARTNER', groupId: '', bookerReference: '', attendees: '', purpose: '' });
    const book = useAction();
    const cancel = useAction();
    const reason = ref('');
    const groups = ref([]);
    let calendar = null;

    const resource = computed(() => resources.value.find((r) => r.id === filter.resource));
    const businessHours = () => (resource.value
      ? resource.value.openingHours.map((i) => ({ daysOfWeek: [(DAYS.indexOf(i.day) + 1) % 7], startTime: i.opens, endTime: i.closes }))
      : false);
    const colour = (id) => palette[Math.max(0, resources.value.findIndex((r) => r.id === id)) % palette.length];

    async function events(info, success, failure) {
      error.value = null;
      try {
        const rows = await api.get('/v1/facilities/bookings', {
          from: info.startStr.slice(0, 10), to: dayBefore(info.end), resource: filter.resource,
          status: filter.cancelled ? '' : 'BOOKED',
        });
        success(rows.map((b) => ({
          id: b.id, start: wallClock(b.start), end: wallClock(b.end),
          title: filter.resource ? b.purpose : `${resourceName(b.resourceId)} — ${b.purpose}`,
          backgroundColor: colour(b.resourceId), borderColor: colour(b.resourceId),
          classNames: b.status === 'CANCELLED' ? ['cancelled'] : [], extendedProps: { booking: b },
        })));
      } catch (e) {
        error.value = e;
        failure(e);
      }
    }

    function create() {
      if (!host.value || !window.FullCalendar) return;
      const keep = calendar ? { date: calendar.getDate(), view: calendar.view.type } : null;
      if (calendar) calendar.destroy();
      const rtl = isRtl();
      // timeZone UTC: the calendar shows the wall-clock time of Morocco whatever the browser's
      // zone (the offsets are stripped on the way in and the API reads local times on the way out).
      calendar = new window.FullCalendar.Calendar(host.value, {
        timeZone: 'UTC', locale: rtl ? 'ar-ma' : 'fr', direction: rtl ? 'rtl' : 'ltr',
        initialView: keep?.view || 'timeGridWeek', initialDate: keep?.date || undefined,
        headerToolbar: { start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek,timeGridDay,listWeek' },
        firstDay: 1, allDaySlot: false, slotMinTime: '07:00:00', slotMaxTime: '23:00:00', height: 'auto', nowIndicator: false,
        slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
        eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
        businessHours: businessHours(), selectable: canBook, selectMirror: true, unselectAuto: false,
        selectConstraint: resource.value ? 'businessHours' : undefined,
        select: (info) => {
          form.start = info.startStr.slice(0, 16);
          form.end = info.endStr.slice(0, 16);
          if (filter.resource) form.resourceId = filter.resource;
          book.reset();
        },
        eventClick: (info) => {
          selected.value = info.event.extendedProps.booking;
          reason.value = '';
          cancel.reset();
        },
        events,
      });
      calendar.render();
    }

    onMounted(async () => {
      const wanted = route.query.resource;
      try { await loadResources(); } catch (e) { error.value = e; }
      if (wanted && resources.value.some((r) => r.id === wanted)) filter.resource = wanted;
      form.resourceId = filter.resource;
      await nextTick();
      create();
      if (canBook && trainerOnly) {
        const page = await api.get('/v1/teaching-assignments', { academicYear: openingYear(), status: 'ACTIVE', size: 500 }).catch(() => ({ items: [] }));
        const seen = new Map();
        for (const a of page.items) if (!seen.has(a.groupId)) seen.set(a.groupId, a.subject);
        groups.value = [...seen].map(([id, subject]) => ({ id, subject }));
      }
    });
    onBeforeUnmount(() => calendar && calendar.destroy());
    watch(language, () => nextTick(create));
    watch(() => filter.resource, () => {
      if (filter.resource) form.resourceId = filter.resource;
      create();
    });
    watch(() => filter.cancelled, () => calendar && calendar.refetchEvents());

    const resourceOptions = computed(() => nameOptions(resources.value.filter((r) => r.active), t('facilities.allResources')));
    const resourcePick = computed(() => nameOptions(resources.value.filter((r) => r.active), t('facilities.pickResource')));
    const bookerKinds = computed(() => codeOptions(t, 'facilities.bookerKinds', trainerOnly ? ['GROUP'] : BOOKER_KINDS));
    const groupOptions = computed(() => (groups.value.length
      ? [{ value: '', label: t('facilities.pickGroup') }, ...groups.value.map((g) => ({ value: g.id, label: t('facilities.groupOption', { id: shortId(g.id), subject: g.subject }) }))] : null));
    const periodError = (f) => {
      const e = book.error.value;
      return e && e.field ? e.field(f) || e.field('period') : null;
    };
    async function submit() {
      const b = await book.run(() => api.post('/v1/facilities/bookings', {
        resourceId: form.resourceId || null, start: form.start, end: form.end, bookerKind: form.bookerKind,
        groupId: form.bookerKind === 'GROUP' ? form.groupId || null : null,
        bookerReference: form.bookerKind === 'GROUP' ? null : form.bookerReference, attendees: int(form.attendees), purpose: form.purpose,
      }), 'facilities.booked');
      if (b) {
        Object.assign(form, { start: '', end: '', purpose: '' });
        calendar?.unselect();
        calendar?.refetchEvents();
      }
    }
    async function doCancel() {
      const b = await cancel.run(() => api.post(`/v1/facilities/bookings/${selected.value.id}/cancellation`, { reason: reason.value }), 'facilities.cancelled');
      if (b) { selected.value = b; calendar?.refetchEvents(); }
    }
    const mayCancel = (b) => b.status === 'BOOKED' && canBook;
    return {
      host, filter, error, selected, form, book, cancel, reason, submit, doCancel, mayCancel, canBook, resourceOptions, resourcePick,
      bookerKinds, groupOptions, periodError, resourceName, dateTime, number, wallClock,
    };
  },
  template: `
    <section>
      <div class="toolbar">
        <Field :label="$t('facilities.resource')" name="resource" v-model="filter.resource" :options="resourceOptions" />
        <CheckField :label="$t('facilities.showCancelled')" name="cancelled" v-model="filter.cancelled" />
      </div>
      <ProblemAlert :error="error" />
      <div class="campus-split">
        <div ref="host" class="campus-calendar" data-testid="bookings-calendar"></div>
        <div>
          <div v-if="selected" class="card" data-testid="booking-detail">
            <h2>{{ selected.purpose }}</h2>
            <dl class="facts">
              <dt>{{ $t('facilities.resource') }}</dt><dd>{{ resourceName(selected.resourceId) }}</dd>
              <dt>{{ $t('facilities.start') }}</dt><dd>{{ dateTime(wallClock(selected.start)) }}</dd>
              <dt>{{ $t('facilities.end') }}</dt><dd>{{ dateTime(wallClock(selected.end)) }}</dd>
              <dt>{{ $t('facilities.bookerKind') }}</dt><dd>{{ $t('facilities.bookerKinds.' + selected.bookerKind) }}</dd>
              <dt>{{ $t('facilities.bookedFor') }}</dt><dd><bdi>{{ selected.bookerReference || selected.groupId }}</bdi></dd>
              <dt>{{ $t('facilities.attendees') }}</dt><dd>{{ number(selected.attendees) }}</dd>
              <dt>{{ $t('facilities.bookedBy') }}</dt><dd><bdi>{{ selected.bookedBy }}</bdi> — {{ dateTime(selected.bookedAt) }}</dd>
              <dt>{{ $t('common.status') }}</dt><dd><span class="badge" :class="selected.status === 'BOOKED' ? 'ok' : 'bad'">{{ $t('facilities.bookingStatuses.' + selected.status) }}</span></dd>
              <template v-if="selected.cancelledAt">
                <dt>{{ $t('facilities.cancelledBy') }}</dt><dd><bdi>{{ selected.cancelledBy }}</bdi> — {{ dateTime(selected.cancelledAt) }}</dd>
                <dt>{{ $t('common.reason') }}</dt><dd>{{ selected.cancelReason }}</dd>
              </template>
            </dl>
            <OkAlert :text="cancel.ok.value" />
            <form v-if="mayCancel(selected)" class="form" data-testid="cancel-form" @submit.prevent="doCancel" novalidate>
              <Refusal :error="cancel.error.value" />
              <Field :label="$t('facilities.cancelReason')" name="reason" v-model="reason" :error="cancel.error.value" required />
              <div class="actions">
                <button type="submit" class="danger" :disabled="cancel.busy.value" data-testid="booking-cancel">{{ $t('facilities.cancelBooking') }}</button>
                <button type="button" class="secondary" @click="selected = null">{{ $t('campus.close') }}</button>
              </div>
            </form>
            <p v-else class="campus-actions"><button type="button" class="secondary" @click="selected = null">{{ $t('campus.close') }}</button></p>
          </div>
          <form v-if="canBook" class="form card campus-one-column" data-testid="booking-form" @submit.prevent="submit" novalidate>
            <h2>{{ $t('facilities.book') }}</h2>
            <p class="muted">{{ $t('facilities.bookHelp') }}</p>
            <OkAlert :text="book.ok.value" />
            <Refusal :error="book.error.value" />
            <Field :label="$t('facilities.resource')" name="resourceId" v-model="form.resourceId" :options="resourcePick" :error="book.error.value" required />
            <fieldset name="period" class="campus-period">
              <Field :label="$t('facilities.start')" type="datetime-local" name="start" v-model="form.start" :error="periodError('start')" required />
              <Field :label="$t('facilities.end')" type="datetime-local" name="end" v-model="form.end" :error="periodError('end')" required />
            </fieldset>
            <Field :label="$t('facilities.bookerKind')" name="bookerKind" v-model="form.bookerKind" :options="bookerKinds" :error="book.error.value" required />
            <Field v-if="form.bookerKind === 'GROUP'" :label="$t('facilities.group')" name="groupId" v-model="form.groupId" :options="groupOptions"
                   :help="groupOptions ? '' : $t('facilities.groupIdHelp')" :error="book.error.value" required dir="ltr" />
            <Field v-else :label="$t('facilities.bookerReference')" name="bookerReference" v-model="form.bookerReference" :error="book.error.value" required />
            <Field :label="$t('facilities.attendees')" type="number" min="1" name="attendees" v-model="form.attendees" :error="book.error.value" required />
            <Field :label="$t('facilities.purpose')" name="purpose" v-model="form.purpose" :error="book.error.value" required />
            <div class="actions"><button type="submit" :disabled="book.busy.value" data-testid="booking-submit">{{ $t('facilities.bookSubmit') }}</button></div>
          </form>
        </div>
      </div>
    </section>`,
});

export const UtilisationScreen = defineComponent({
  name: 'FacilitiesUtilisation',
  setup() {
    const { t } = useI18n();
    const { resources, load: loadResources, resourceName } = useResources();
    const now = new Date();
    const month = ref(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`);
    const { data, error, loading, run } = useLoad(() => api.get(`/v1/facilities/utilisation/${month.value}`));
    onMounted(() => { run(); loadResources().catch(() => {}); });
    watch(month, () => month.value && run());
    const rate = (v) => percent(v, { alreadyPercent: true });
    const hours = (v) => number(v, 2);
    const tiles = computed(() => {
      const d = data.value;
      return d ? [
        { id: 'utilisation', label: t('facilities.utilisation'), value: rate(d.city.utilisationPercent), hint: t('facilities.utilisationHint') },
        { id: 'booked', label: t('facilities.bookedHours'), value: hours(d.city.bookedHours) },
        { id: 'open', label: t('facilities.openHours'), value: hours(d.city.openHours) },
        { id: 'bookings', label: t('facilities.bookings'), value: number(d.bookings) },
        { id: 'resources', label: t('facilities.activeResources'), value: number(d.resources) },
      ] : [];
    });
    const kindColumns = computed(() => [
      { key: 'kind', label: t('facilities.kind'), value: (r) => t(`facilities.kinds.${r.kind}`) },
      { key: 'resources', label: t('facilities.resources'), num: true, value: (r) => number(r.resources) },
      { key: 'bookings', label: t('facilities.bookings'), num: true, value: (r) => number(r.bookings) },
      { key: 'open', label: t('facilities.openHours'), num: true, value: (r) => hours(r.figures.openHours) },
      { key: 'booked', label: t('facilities.bookedHours'), num: true, value: (r) => hours(r.figures.bookedHours) },
      { key: 'rate', label: t('facilities.utilisation'), num: true, value: (r) => rate(r.figures.utilisationPercent) },
    ]);
    const resourceColumns = computed(() => [
      { key: 'code', label: t('common.code') },
      { key: 'name', label: t('common.name'), value: (r) => resourceName(r.resourceId) },
      ...kindColumns.value.filter((c) => c.key !== 'resources'),
    ]);
    const kindChart = computed(() => {
      const rows = data.value?.kinds || [];
      return { labels: rows.map((r) => t(`facilities.kinds.${r.kind}`)), datasets: [{ label: t('facilities.utilisationPercent'), data: rows.map((r) => Number(r.figures.utilisationPercent || 0)) }] };
    });
    const resourceChart = computed(() => {
      const rows = data.value?.perResource || [];
      return {
        labels: rows.map((r) => resourceName(r.resourceId)),
        datasets: [
          { label: t('facilities.openHours'), data: rows.map((r) => Number(r.figures.openHours)) },
          { label: t('facilities.bookedHours'), data: rows.map((r) => Number(r.figures.bookedHours)) },
        ],
      };
    });
    return { month, data, error, loading, tiles, kindColumns, resourceColumns, kindChart, resourceChart, resources };
  },
  template: `
    <section>
      <div class="toolbar"><Field :label="$t('common.month')" type="month" name="month" v-model="month" /></div>
      <ProblemAlert :error="error" />
      <p v-if="loading" class="muted" role="status">{{ $t('common.loading') }}</p>
      <div class="grid" data-testid="utilisation-tiles">
        <Stat v-for="tile in tiles" :key="tile.id" :testid="'utilisation-tile-' + tile.id" :label="tile.label" :value="tile.value" :hint="tile.hint" />
      </div>
      <div v-if="data" class="grid two" style="margin-block-start: 1rem">
        <section class="card">
          <h2>{{ $t('facilities.utilisationPerKind') }}</h2>
          <ChartCanvas type="bar" horizontal :labels="kindChart.labels" :datasets="kindChart.datasets" :label="$t('facilities.utilisationPerKind')" />
        </section>
        <section class="card">
          <h2>{{ $t('facilities.hoursPerResource') }}</h2>
          <ChartCanvas type="bar" horizontal :labels="resourceChart.labels" :datasets="resourceChart.datasets" :label="$t('facilities.hoursPerResource')" />
        </section>
      </div>
      <section v-if="data" class="card">
        <h2>{{ $t('facilities.perKind') }}</h2>
        <DataTable testid="utilisation-kinds-table" :columns="kindColumns" :rows="data.kinds" row-key="kind" />
      </section>
      <section v-if="data" class="card">
        <h2>{{ $t('facilities.perResource') }}</h2>
        <DataTable testid="utilisation-resources-table" :columns="resourceColumns" :rows="data.perResource" row-key="resourceId" />
        <p class="muted">{{ $t('facilities.utilisationNote') }}</p>
      </section>
    </section>`,
});
