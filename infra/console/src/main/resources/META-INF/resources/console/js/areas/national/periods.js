// Closing and reopening a city's periods at HQ (ADR 0017): a closed period keeps HQ's figures of
// that city as they were until it is reopened. The analyst picks a city and a period, gives a
// reason (the console asks for one both ways; the API requires it to reopen) and the API's refusal
// (already closed, not closed, no reason) shows next to the field it names. Below: the periods
// closed now, and every close and reopen, newest first.
import { defineComponent, ref, reactive, computed, onMounted, watch, nextTick } from 'vue';
import { api } from '../../api.js';
import { session } from '../../session.js';
import { t } from '../../i18n.js';
import { dateTime, name, academicYears } from '../../format.js';
import { ExportButtons, RefusalAlert, cityName, cityOptions, periodLabel, loadPeriods, scope, useRun } from './common.js';

const path = (city, period) => `/v1/national/periods/${encodeURIComponent(city)}/${encodeURIComponent(period)}`;

export const Periods = defineComponent({
  name: 'NationalPeriods',
  components: { ExportButtons, RefusalAlert },
  setup() {
    const form = reactive({ city: '', period: '', reason: '' });
    const writeError = ref(null);
    const reasonMissing = ref('');
    const done = ref('');
    const busy = ref(false);
    const state = ref(null);
    const filter = reactive({ city: '', period: '' });
    const closed = ref([]);
    const events = ref([]);
    const formRef = ref(null);

    const cities = computed(() => cityOptions());
    const periods = computed(() => {
      const all = new Set(scope.periods);
      academicYears(session.config?.academicYear).forEach((y) => all.add(`intake:${y}`));
      return [...all].sort().map((p) => ({ value: p, label: periodLabel(p) }));
    });
    const anyCity = computed(() => [{ value: '', label: t('common.all') }, ...cities.value]);
    const anyPeriod = computed(() => [{ value: '', label: t('common.all') }, ...periods.value]);

    const { error, loading, run } = useRun(async () => {
      await loadPeriods();
      const [now, history] = await Promise.all([
        api.get('/v1/national/periods', { city: filter.city }),
        api.get('/v1/national/periods/events', { city: filter.city, period: filter.period }),
      ]);
      closed.value = now.map((p) => ({ ...p, key: `${p.city.code}|${p.period}` }));
      events.value = history;
    });

    /** Whether the chosen city's period is closed now, by whom, since when. */
    async function loadState() {
      state.value = null;
      if (!form.city || !form.period) return;
      try {
        state.value = await api.get(path(form.city, form.period));
      } catch (e) {
        // An unknown period or city: the write will say why, next to its field.
        state.value = null;
      }
    }

    onMounted(async () => {
      await run();
      if (!form.city && cities.value.length) form.city = cities.value[0].value;
      if (!form.period) form.period = `intake:${session.config?.academicYear || scope.year}`;
    });
    watch(() => [form.city, form.period], loadState);
    watch(() => [filter.city, filter.period], run);

    async function submit(action) {
      writeError.value = null;
      reasonMissing.value = '';
      done.value = '';
      if (action === 'close' && !form.reason.trim()) {
        reasonMissing.value = t('national.periods.reasonRequired');
        return;
      }
      busy.value = true;
      try {
        state.value = await api.post(`${path(form.city, form.period)}/${action}`, { reason: form.reason });
        done.value = t(`national.periods.done.${action}`, { city: cityName(form.city), period: periodLabel(form.period) });
        form.reason = '';
        await run();
      } catch (e) {
        writeError.value = e;
      } finally {
        busy.value = false;
      }
    }

    /** From the list of closed periods: fill the form to reopen one, and go to its reason. */
    async function prepareReopen(row) {
      form.city = row.city.code;
      form.period = row.period;
      await nextTick();
      formRef.value?.querySelector('[name="reason"]')?.focus();
    }

    const closedColumns = computed(() => [
      { key: 'city', label: t('national.dimension.city'), value: (p) => name(p.city.name) || p.city.code },
      { key: 'period', label: t('national.dimension.period'), value: (p) => periodLabel(p.period) },
      { key: 'closedAt', label: t('national.periods.closedAt'), value: (p) => dateTime(p.closedAt) },
      { key: 'closedBy', label: t('national.periods.by') },
      { key: 'actions', label: t('common.actions') },
    ]);
    const eventColumns = computed(() => [
      { key: 'at', label: t('common.date'), value: (e) => dateTime(e.at) },
      { key: 'city', label: t('national.dimension.city'), value: (e) => cityName(e.city) },
      { key: 'period', label: t('national.dimension.period'), value: (e) => periodLabel(e.period) },
      { key: 'action', label: t('national.periods.action') },
      { key: 'by', label: t('national.periods.by') },
      { key: 'reason', label: t('common.reason') },
    ]);
    const eventParams = computed(() => ({ city: filter.city, period: filter.period }));
    return {
      form, filter, cities, periods, anyCity, anyPeriod, closed, events, state, error, writeError, reasonMissing, done, busy,
      loading, run, submit, prepareReopen, closedColumns, eventColumns, eventParams, formRef, dateTime, periodLabel, cityName,
    };
  },
  template: `
    <div>
      <h1>{{ $t('national.periods.title') }}</h1>
      <p class="muted">{{ $t('national.periods.intro') }}</p>
      <section class="card">
        <h2>{{ $t('national.periods.formTitle') }}</h2>
        <div v-if="done" class="alert ok" role="status" data-testid="period-done">{{ done }}</div>
        <RefusalAlert :error="writeError" />
        <form ref="formRef" class="form" novalidate data-testid="period-close-form" @submit.prevent="submit('close')">
          <Field :label="$t('national.dimension.city')" name="city" v-model="form.city" :options="cities" :error="writeError" required />
          <Field :label="$t('national.dimension.period')" name="period" v-model="form.period" :options="periods" :error="writeError" required />
          <Field :label="$t('common.reason')" name="reason" type="textarea" v-model="form.reason" :error="reasonMissing || writeError"
                 :help="$t('national.periods.reasonHelp')" required />
          <p class="period-state inline-facts" data-testid="period-state" role="status">
            <template v-if="state">
              <span class="badge" :class="state.closed ? 'bad' : 'ok'">{{ $t(state.closed ? 'national.periods.isClosed' : 'national.periods.isOpen') }}</span>
              <span v-if="state.closed" class="muted">{{ $t('national.periods.closedSince', { at: dateTime(state.closedAt), by: state.closedBy }) }}</span>
            </template>
          </p>
          <div class="actions">
            <button type="submit" :disabled="busy" data-testid="period-close-submit">{{ $t('national.periods.close') }}</button>
            <button type="button" class="secondary" :disabled="busy" data-testid="period-reopen-submit" @click="submit('reopen')">{{ $t('national.periods.reopen') }}</button>
          </div>
        </form>
      </section>
      <div class="toolbar">
        <Field :label="$t('national.dimension.city')" name="city" v-model="filter.city" :options="anyCity" />
        <Field :label="$t('national.dimension.period')" name="period" v-model="filter.period" :options="anyPeriod" />
        <button type="button" class="secondary" data-testid="national-refresh" :disabled="loading" @click="run">{{ $t('common.refresh') }}</button>
      </div>
      <ProblemAlert :error="error" />
      <section class="card">
        <h2>{{ $t('national.periods.closedTitle') }}</h2>
        <DataTable :columns="closedColumns" :rows="closed" row-key="key" testid="national-closed-periods-table">
          <template #cell-actions="{ row }">
            <button type="button" class="secondary" @click="prepareReopen(row)">{{ $t('national.periods.prepareReopen') }}</button>
          </template>
          <template #cell-closedBy="{ row }"><bdi>{{ row.closedBy }}</bdi></template>
        </DataTable>
      </section>
      <section class="card">
        <h2>{{ $t('national.periods.eventsTitle') }}</h2>
        <div class="toolbar"><ExportButtons path="/v1/national/periods/events" :params="eventParams" filename="period-events" testid="period-events-export" /></div>
        <DataTable :columns="eventColumns" :rows="events" testid="national-period-events-table">
          <template #cell-action="{ row }">
            <span class="badge" :class="row.action === 'CLOSED' ? 'bad' : 'ok'">{{ $t('national.periods.actions.' + row.action) }}</span>
          </template>
          <template #cell-by="{ row }"><bdi>{{ row.by }}</bdi></template>
          <template #cell-reason="{ row }"><bdi>{{ row.reason || '—' }}</bdi></template>
        </DataTable>
      </section>
    </div>`,
});
