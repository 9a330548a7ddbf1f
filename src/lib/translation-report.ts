/**
 * How complete and how checked each language is: interface strings, information pages, services,
 * crime types and the questionnaire. Used by `npm run i18n:status` and printed by every build.
 */
import type { ContentSnapshot } from './content-files.ts';

export interface Coverage {
  done: number;
  total: number;
  /** Of those done, how many a native speaker has reviewed. */
  reviewed: number;
  /** What is still missing (ids, slugs or keys). */
  missing: string[];
}

export interface LocaleReport {
  code: string;
  name: string;
  /** The language as a whole is marked reviewed in content/settings/area.yaml. */
  reviewed: boolean;
  interface: Coverage;
  questionnaire: Coverage;
  pages: Coverage;
  services: Coverage;
  crimeTypes: Coverage;
}

/** Interface keys are compared without plural suffixes: languages have different plural forms. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const QUESTIONNAIRE = /^(questionnaire|findHelp)\./;

function keyCoverage(reference: string[], keys: Set<string>, reviewed: boolean): Coverage {
  const missing = reference.filter((k) => !keys.has(k));
  const done = reference.length - missing.length;
  return { done, total: reference.length, reviewed: reviewed ? done : 0, missing };
}

export function translationReport(snapshot: ContentSnapshot, ui: Record<string, Record<string, string>>): LocaleReport[] {
  const area = snapshot.area;
  if (!area) return [];
  const reference = ui[area.defaultLocale] ?? {};
  const refKeys = [...new Set(Object.keys(reference).map(base))];
  const englishPages = snapshot.pages.filter((p) => p.startsWith(`${area.defaultLocale}/`)).map((p) => p.slice(area.defaultLocale.length + 1));
  return area.locales
    .filter((l) => l.code !== area.defaultLocale)
    .map((l) => {
      const tr = snapshot.translations[l.code] ?? { services: {}, crimeTypes: { ids: [], reviewed: false }, pages: {} };
      const keys = new Set(Object.keys(ui[l.code] ?? {}).map(base));
      const pages = englishPages.filter((slug) => slug in tr.pages);
      const services = snapshot.services.filter((s) => s.id in tr.services);
      const crimes = snapshot.crimeTypes.filter((c) => tr.crimeTypes.ids.includes(c.id));
      return {
        code: l.code,
        name: l.name,
        reviewed: l.reviewed,
        interface: keyCoverage(refKeys.filter((k) => !QUESTIONNAIRE.test(k)), keys, l.reviewed),
        questionnaire: keyCoverage(refKeys.filter((k) => QUESTIONNAIRE.test(k)), keys, l.reviewed),
        pages: {
          done: pages.length,
          total: englishPages.length,
          reviewed: pages.filter((slug) => tr.pages[slug]).length,
          missing: englishPages.filter((slug) => !(slug in tr.pages)),
        },
        services: {
          done: services.length,
          total: snapshot.services.length,
          reviewed: services.filter((s) => tr.services[s.id]).length,
          missing: snapshot.services.filter((s) => !(s.id in tr.services)).map((s) => s.id),
        },
        crimeTypes: {
          done: crimes.length,
          total: snapshot.crimeTypes.length,
          reviewed: tr.crimeTypes.reviewed ? crimes.length : 0,
          missing: snapshot.crimeTypes.filter((c) => !tr.crimeTypes.ids.includes(c.id)).map((c) => c.id),
        },
      };
    });
}

const PARTS = ['interface', 'questionnaire', 'pages', 'services', 'crimeTypes'] as const;

/** The report as lines of text: a table, then what is missing per language. */
export function formatReport(rows: LocaleReport[], { details = true } = {}): string[] {
  const cell = (c: Coverage) => `${c.done}/${c.total} (${c.reviewed} rev.)`.padEnd(18);
  const lines = [`${'language'.padEnd(16)}${PARTS.map((p) => p.padEnd(18)).join('')}`];
  for (const r of rows) lines.push(`${`${r.code} ${r.name}`.padEnd(16)}${PARTS.map((p) => cell(r[p])).join('')}`);
  if (details) {
    for (const r of rows) {
      const gaps = PARTS.filter((p) => r[p].missing.length > 0).map((p) => `  ${p}: ${r[p].missing.join(', ')}`);
      if (gaps.length > 0) lines.push('', `${r.code}: shown in English until translated:`, ...gaps);
    }
  }
  return lines;
}
