// French and Arabic. The language sets <html lang dir>, so that the whole layout (CSS logical
// properties), the tables and the charts follow right-to-left in Arabic. Messages come from each
// area of the console (js/areas/*.js) and the shared ones below; numbers, dates and amounts are
// formatted by Intl for fr-MA and ar-MA (Morocco writes Arabic with Latin digits).
import { createI18n } from 'vue-i18n';
import { ref } from 'vue';
import { common } from './messages.js';

const KEY = 'cmc.language';
export const LANGUAGES = [
  { code: 'fr', label: 'Français', intl: 'fr-MA', dir: 'ltr' },
  { code: 'ar', label: 'العربية', intl: 'ar-MA', dir: 'rtl' },
];

function initial() {
  const asked = new URLSearchParams(location.search).get('lang');
  const saved = localStorage.getItem(KEY);
  const wanted = asked || saved || (navigator.language || 'fr').slice(0, 2);
  return LANGUAGES.some((l) => l.code === wanted) ? wanted : 'fr';
}

export const i18n = createI18n({
  legacy: false,
  locale: initial(),
  fallbackLocale: 'fr',
  messages: { fr: { ...common.fr }, ar: { ...common.ar } },
  missingWarn: false,
  fallbackWarn: false,
});

/** The current language's code, reactive. */
export const language = ref(i18n.global.locale.value);

export function addMessages(messages) {
  for (const { code } of LANGUAGES) {
    i18n.global.mergeLocaleMessage(code, messages[code] || {});
  }
}

export function intlLocale() {
  return LANGUAGES.find((l) => l.code === language.value).intl;
}

export function isRtl() {
  return language.value === 'ar';
}

export function setLanguage(code) {
  const chosen = LANGUAGES.find((l) => l.code === code) || LANGUAGES[0];
  i18n.global.locale.value = chosen.code;
  language.value = chosen.code;
  localStorage.setItem(KEY, chosen.code);
  document.documentElement.lang = chosen.code;
  document.documentElement.dir = chosen.dir;
  document.title = i18n.global.t('app.title');
}

export const t = (...args) => i18n.global.t(...args);
