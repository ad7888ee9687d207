// The console's entry point: the sign-in, the shell (top bar, menu by role, language switch) and
// the router, which takes its screens from the areas (js/areas/index.js). A screen is listed, and
// can be opened, only when the signed-in role may use it; the API checks again on every call.
import { createApp, defineComponent, reactive, ref, computed, onMounted } from 'vue';
import { createRouter, createWebHashHistory, useRouter, useRoute } from 'vue-router';
import { useI18n } from 'vue-i18n';
import { i18n, addMessages, setLanguage, language, LANGUAGES } from './i18n.js';
import { session, restore, loadConfig, signInDemo, signInOidc, completeOidc, signOut, signedIn, hasRole, CITY_ROLES } from './session.js';
import { whenSignedOut, ApiError } from './api.js';
import { name } from './format.js';
import { Field, ProblemAlert, shared } from './components/index.js';
import { areas } from './areas/index.js';

for (const area of areas) addMessages(area.messages || {});

const SECTIONS = ['city', 'hq', 'audit'];

/** The menu entries the signed-in user may open, grouped by section. */
function menu() {
  return SECTIONS.map((section) => ({
    section,
    items: areas.flatMap((a) => a.nav || []).filter((n) => n.section === section && hasRole(...n.roles)),
  })).filter((group) => group.items.length);
}

const SignIn = defineComponent({
  name: 'SignIn',
  components: { Field, ProblemAlert },
  setup() {
    const { t } = useI18n();
    const router = useRouter();
    const route = useRoute();
    const city = reactive({ tenant: '', role: 'city-director' });
    const above = reactive({ role: 'hq-analyst', region: '' });
    const error = ref(null);
    const aboveError = ref(null);
    const busy = ref(false);
    const config = computed(() => session.config);
    const cities = computed(() => (config.value?.cities || []).map((c) => ({ value: c.code, label: `${name(c.name)} — ${name(c.city)}` })));
    const regions = computed(() => (config.value?.regions || []).map((r) => ({ value: r.code, label: name(r.name) })));
    const cityRoles = computed(() => (config.value?.roles?.city || CITY_ROLES).map((r) => ({ value: r, label: t(`role.${r}`) })));
    const aboveRoles = computed(() => ['hq-analyst', 'region-auditor'].map((r) => ({ value: r, label: t(`role.${r}`) })));
    onMounted(() => {
      if (!city.tenant && cities.value.length) city.tenant = cities.value[0].value;
      if (!above.region && regions.value.length) above.region = regions.value[0].value;
    });
    async function go(request, target) {
      busy.value = true;
      target.value = null;
      try {
        await signInDemo(request);
        router.replace(route.query.next || '/');
      } catch (e) {
        target.value = new ApiError(e.status || 0, e.problem || { title: e.message });
      } finally {
        busy.value = false;
      }
    }
    const signInCity = () => go({ tenant: city.tenant, role: city.role }, error);
    const signInAbove = () => go(above.role === 'region-auditor' ? { region: above.region, role: above.role } : { role: above.role }, aboveError);
    const oidc = async () => {
      try { await signInOidc(); } catch (e) { error.value = e; }
    };
    return { config, city, above, cities, regions, cityRoles, aboveRoles, error, aboveError, busy, signInCity, signInAbove, oidc, route };
  },
  template: `
    <div class="signin">
      <h1>{{ $t('app.name') }}</h1>
      <p>{{ $t('signin.intro') }}</p>
      <p v-if="route.query.expired" class="alert info" role="status">{{ $t('signin.expired') }}</p>
      <template v-if="config && config.signIn === 'demo'">
        <p class="alert info">{{ $t('signin.demo') }}</p>
        <div class="choices">
          <form class="card" data-testid="signin-city" @submit.prevent="signInCity">
            <h2>{{ $t('signin.cityStaff') }}</h2>
            <ProblemAlert :error="error" />
            <Field :label="$t('signin.city')" name="tenant" v-model="city.tenant" :options="cities" :error="error" required />
            <Field :label="$t('signin.role')" name="roles" v-model="city.role" :options="cityRoles" :error="error" required />
            <p><button type="submit" :disabled="busy">{{ $t('signin.submit') }}</button></p>
          </form>
          <form class="card" data-testid="signin-above" @submit.prevent="signInAbove">
            <h2>{{ $t('signin.above') }}</h2>
            <ProblemAlert :error="aboveError" />
            <Field :label="$t('signin.role')" name="roles" v-model="above.role" :options="aboveRoles" :error="aboveError" required />
            <Field v-if="above.role === 'region-auditor'" :label="$t('signin.region')" name="region" v-model="above.region" :options="regions" :error="aboveError" required />
            <p><button type="submit" :disabled="busy">{{ $t('signin.submit') }}</button></p>
          </form>
        </div>
      </template>
      <template v-else-if="config">
        <ProblemAlert :error="error" />
        <p v-if="config.oidc"><button @click="oidc">{{ $t('signin.oidc') }}</button></p>
        <p v-else class="alert error">{{ $t('signin.noIdp') }}</p>
      </template>
    </div>`,
});

const Home = defineComponent({
  name: 'Home',
  setup() {
    return { menu: computed(menu) };
  },
  template: `
    <div>
      <h1>{{ $t('home.title') }}</h1>
      <p>{{ $t('home.pick') }}</p>
      <div class="grid">
        <router-link v-for="item in menu.flatMap(g => g.items)" :key="item.to" :to="item.to" class="card">{{ $t(item.label) }}</router-link>
      </div>
    </div>`,
});

const Shell = defineComponent({
  name: 'Shell',
  setup() {
    const router = useRouter();
    const groups = computed(menu);
    const who = computed(() => {
      const me = session.me;
      if (!me) return '';
      const place = me.tenant ? name(me.tenant.name) : me.region ? (session.config?.regions || []).filter((r) => r.code === me.region).map((r) => name(r.name))[0] || me.region : 'OFPPT';
      return { roles: me.roles, place };
    });
    function leave() {
      signOut();
      router.replace('/signin');
    }
    return { groups, who, leave, language, LANGUAGES, setLanguage, session };
  },
  template: `
    <a class="skip-link" href="#main">{{ $t('app.skip') }}</a>
    <div class="shell" v-if="session.me">
      <header class="topbar">
        <router-link to="/" class="brand">{{ $t('app.name') }}</router-link>
        <span class="who" data-testid="who">{{ who.roles.map(r => $t('role.' + r)).join(', ') }} · {{ who.place }}</span>
        <label class="sr-only" for="lang">{{ $t('nav.language') }}</label>
        <select id="lang" data-testid="language" :value="language" :aria-label="$t('nav.language')" @change="setLanguage($event.target.value)">
          <option v-for="l in LANGUAGES" :key="l.code" :value="l.code" :lang="l.code">{{ l.label }}</option>
        </select>
        <button @click="leave">{{ $t('nav.signOut') }}</button>
      </header>
      <nav class="sidenav" :aria-label="$t('app.name')">
        <template v-for="g in groups" :key="g.section">
          <h2>{{ $t('nav.' + g.section) }}</h2>
          <router-link v-for="item in g.items" :key="item.to" :to="item.to" :data-testid="'nav-' + item.to.replace(/\\//g, '-').replace(/^-/, '')">{{ $t(item.label) }}</router-link>
        </template>
      </nav>
      <main id="main" tabindex="-1"><router-view /></main>
    </div>
    <div v-else>
      <div class="langs" style="padding: .8rem 1.2rem">
        <button v-for="l in LANGUAGES" :key="l.code" class="secondary" :lang="l.code" :aria-pressed="language === l.code ? 'true' : 'false'"
                :data-testid="'lang-' + l.code" @click="setLanguage(l.code)">{{ l.label }}</button>
      </div>
      <main id="main"><router-view /></main>
    </div>`,
});

const routes = [
  { path: '/signin', component: SignIn, meta: { public: true } },
  { path: '/', component: Home },
  ...areas.flatMap((a) => a.routes || []),
  { path: '/:missing(.*)*', redirect: '/' },
];

const router = createRouter({ history: createWebHashHistory(), routes });

router.beforeEach((to) => {
  if (to.path === '/signin' && signedIn()) return to.query.next || '/';
  if (to.meta.public) return true;
  if (!signedIn()) return { path: '/signin', query: to.fullPath !== '/' ? { next: to.fullPath } : {} };
  if (to.meta.roles && !hasRole(...to.meta.roles)) return '/';
  if (to.path === '/' ) {
    const first = menu().flatMap((g) => g.items)[0];
    if (first && first.home !== false) return first.to;
  }
  return true;
});

whenSignedOut(() => router.replace({ path: '/signin', query: { expired: '1' } }));

async function start() {
  setLanguage(language.value);
  restore();
  const app = createApp(Shell);
  app.use(i18n);
  for (const [key, component] of Object.entries(shared)) app.component(key, component);
  try {
    await loadConfig();
    await completeOidc();
  } catch (e) {
    console.error('cmc: console start-up', e);
    document.getElementById('app').innerHTML = `<p class="alert error" role="alert">${i18n.global.t('error.unreachable')} (${e.message})</p>`;
    return;
  }
  app.use(router);
  app.mount('#app');
}

start();
