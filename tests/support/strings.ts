// Interface strings per locale, straight from src/i18n/locales/*.json (src/i18n/index.ts needs
// Vite's import.meta.glob, which Playwright's loader lacks), with the same placeholder and plural
// rules as i18next: "{{name}}" placeholders, and "key_one"/"key_other"... by Intl.PluralRules.
import { readFileSync } from 'node:fs';

const cache = new Map<string, Record<string, string>>();

/** Every interface string of a locale, by key. */
export function ui(code: string): Record<string, string> {
  let strings = cache.get(code);
  if (!strings) {
    strings = JSON.parse(readFileSync(`src/i18n/locales/${code}.json`, 'utf8')) as Record<string, string>;
    cache.set(code, strings);
  }
  return strings;
}

/**
 * One string, filled in: `t('en', 'questionnaire.progress', { number: 1, total: 6 })`. With a
 * `count`, the locale's plural form of the key. A missing key throws, so a test never compares
 * against "undefined".
 */
export function t(code: string, key: string, values: Record<string, string | number> = {}): string {
  const strings = ui(code);
  const plural = values.count === undefined ? undefined : `${key}_${new Intl.PluralRules(code).select(Number(values.count))}`;
  const text = (plural && strings[plural]) ?? strings[key] ?? (values.count === undefined ? undefined : strings[`${key}_other`]);
  if (text === undefined) throw new Error(`no string "${key}" in src/i18n/locales/${code}.json`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
