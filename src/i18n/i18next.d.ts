import 'i18next';
import type en from './locales/en.json';

// English is the reference set of keys: a misspelt key fails `astro check`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    keySeparator: false;
    nsSeparator: false;
  }
}
