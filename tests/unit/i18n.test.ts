import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uiStrings, useTranslations } from '../../src/i18n/index.ts';
import { area } from '../support/content.ts';

const en = uiStrings.en!;
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

/** The keys a locale must have: every English key, with plural keys expanded to the locale's own plural forms. */
function expectedKeys(locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(en)) {
    if (/_(one|other)$/.test(key)) for (const c of categories) keys.add(`${pluralBase(key)}_${c}`);
    else keys.add(key);
  }
  return [...keys].sort();
}

describe('interface strings', () => {
  it('has one file per configured locale, and no stray files', () => {
    const files = readdirSync('src/i18n/locales').map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual(area.locales.map((l) => l.code).sort());
  });

  for (const { code } of area.locales) {
    it(`${code} has every key English has, in its own plural forms, and no extra key`, () => {
      const keys = Object.keys(uiStrings[code]!).sort();
      expect(keys).toEqual(expectedKeys(code));
    });

    it(`${code} has no empty string and keeps every {{placeholder}}`, () => {
      const placeholders = (s: string) => new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]));
      for (const [key, value] of Object.entries(uiStrings[code]!)) {
        expect(value.trim(), key).not.toBe('');
        const reference = placeholders(en[key] ?? en[`${pluralBase(key)}_other`] ?? '');
        // A plural form may spell the number out ("one service"), so {{count}} is optional there.
        if (key !== pluralBase(key)) reference.delete('count');
        for (const name of reference) expect(value, `${key} lost {{${name}}}`).toContain(`{{${name}}}`);
      }
    });
  }

  it('translates with i18next, with plurals and interpolation', () => {
    expect(useTranslations('en')('services.count', { count: 1 })).toBe('1 service');
    expect(useTranslations('en')('services.count', { count: 3 })).toBe('3 services');
    expect(useTranslations('ur')('quickExit.label')).toBe(uiStrings.ur!['quickExit.label']);
  });
});

describe('every English interface string is used', () => {
  // Where code can use a key: source files, build scripts (the saved-copy notice is written into the
  // service worker by scripts/build-sw.ts), and content that names keys (e.g. questionnaire labels).
  const files = [
    ...['src', 'scripts'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.(ts|tsx|astro|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
        .map((e) => `${e.parentPath}/${e.name}`),
    ),
    ...readdirSync('content/national', { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => `content/national/${e.name}`),
  ];
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  // Keys built at run time, e.g. t(`day.${d.day}`): their literal prefixes.
  const prefixes = [...code.matchAll(/[`'"]([A-Za-z][\w.]*\.)\$\{/g)].map((m) => m[1]!);

  it('finds the dynamic prefixes it relies on', () => {
    expect(prefixes).toContain('day.');
  });

  it.each(Object.keys(en))('%s is used in code or content', (key) => {
    const name = pluralBase(key);
    const literal = new RegExp(`[\`'"\\s:\\[]${name.replace(/\./g, '\\.')}[\`'"\\s,\\]]`);
    const used = literal.test(code) || prefixes.some((p) => name.startsWith(p));
    expect(used, `${key} is in en.json but nothing uses it: remove it from every locale file`).toBe(true);
  });
});
