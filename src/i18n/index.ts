import i18next, { type TFunction } from 'i18next';
import type en from './locales/en.json';

export type UiKey = keyof typeof en;
type Strings = Record<string, string>;

/** Every locale file in ./locales, keyed by its code; adding a language adds a file, nothing else. */
export const uiStrings: Record<string, Strings> = Object.fromEntries(
  Object.entries(import.meta.glob<Strings>('./locales/*.json', { eager: true, import: 'default' })).map(([path, strings]) => [
    path.replace(/^.*\/(.+)\.json$/, '$1'),
    strings,
  ]),
);

const cache = new Map<string, TFunction>();

/** The translate function for a locale. Missing keys fall back to English (the test suite forbids them). */
export function useTranslations(locale: string): TFunction {
  let t = cache.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    instance.init({
      lng: locale,
      fallbackLng: 'en',
      resources: Object.fromEntries(Object.entries(uiStrings).map(([code, strings]) => [code, { translation: strings }])),
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    t = instance.t;
    cache.set(locale, t);
  }
  return t;
}
