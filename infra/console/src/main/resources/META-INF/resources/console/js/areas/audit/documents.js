// The documents attached to the region's spending lines (GET /v1/audit/documents): what proves
// each file (name, type, size, SHA-256 and its ledger entry), never the file; the evidence pack's
// documents list as CSV or JSON.
import { defineComponent, ref, computed, onMounted, watch } from 'vue';
import { api } from '../../api.js';
import { ExportButtons, Hash, useRun } from '../national/common.js';
import { documentColumns, myRegion } from './lines.js';

export const Documents = defineComponent({
  name: 'AuditDocuments',
  components: { ExportButtons, Hash },
  setup() {
    const page = ref(0);
    const documents = ref(null);
    const { error, loading, run } = useRun(async () => {
      documents.value = await api.get('/v1/audit/documents', { page: page.value, size: 20 });
    });
    onMounted(run);
    watch(page, run);
    return { page, documents, error, loading, run, columns: computed(() => documentColumns(true)), region: computed(myRegion) };
  },
  template: `
    <div>
      <h1>{{ $t('audit.docs.title', { region: region.name }) }}</h1>
      <p class="muted">{{ $t('audit.docs.intro') }}</p>
      <div class="toolbar">
        <button type="button" class="secondary" data-testid="audit-refresh" :disabled="loading" @click="run">{{ $t('common.refresh') }}</button>
        <ExportButtons path="/v1/audit/export/documents" :formats="['csv', 'json']" filename="documents" testid="audit-documents-export" />
      </div>
      <ProblemAlert :error="error" />
      <DataTable v-if="documents" :columns="columns" :rows="documents.items" :page="documents" testid="audit-documents-table" @page="page = $event">
        <template #cell-fileName="{ row }"><bdi>{{ row.fileName }}</bdi></template>
        <template #cell-sha256="{ row }"><Hash :value="row.sha256" /></template>
        <template #cell-lineId="{ row }"><router-link :to="'/audit/lines/' + row.lineId">{{ $t('audit.doc.openLine') }}</router-link></template>
      </DataTable>
    </div>`,
});
