// Turkish and English for the whole UI. The language is the user's choice when signed in,
// else the one last chosen on this device, else the browser's.

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

type Resources = Record<string, Record<string, unknown>>;
const modules = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', {
  eager: true,
});
const resources: Record<string, Resources> = {};
for (const [path, module] of Object.entries(modules)) {
  const [, language, namespace] = /locales\/(\w+)\/(\w+)\.json$/.exec(path) ?? [];
  if (!language || !namespace) continue;
  (resources[language] ??= {})[namespace] = module.default;
}

export const LANGUAGES = ['tr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'kume.language';

export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'tr' || stored === 'en') return stored;
  return navigator.languages.some((l) => l.toLowerCase().startsWith('tr')) ? 'tr' : 'en';
}

export async function changeLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: Object.keys(resources.en ?? {}),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes; no user text is ever rendered as HTML
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export default i18next;
