/**
 * How complete and how checked each language is: interface strings, information pages, services,
 * crime types and the questionnaire. Used by `npm run i18n:status` and printed by every build.
 */
import type { ContentSnapshot } from './content-files.ts';
import { baseKey, uiVersions } from './translation-version.ts';

export interface Coverage {
  done: number;
  total: number;
  /** Of those done, how many a native speaker has reviewed. */
  reviewed: number;
  /** What is still missing (ids, slugs or keys). */
  missing: string[];
  /** Translated, but the English has changed since (or the translation does not say from which English). */
  outdated: string[];
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

const base = baseKey;
const QUESTIONNAIRE = /^(questionnaire|findHelp)\./;

function keyCoverage(reference: string[], keys: Set<string>, reviewed: boolean, outdated: (key: string) => boolean): Coverage {
  const missing = reference.filter((k) => !keys.has(k));
  const done = reference.length - missing.length;
  return { done, total: reference.length, reviewed: reviewed ? done : 0, missing, outdated: reference.filter((k) => keys.has(k) && outdated(k)) };
}

/**
 * @param ui interface strings per language
 * @param stamps per language, the English version each interface key was translated from
 *   (src/i18n/translated-from/<lang>.json)
 */
export function translationReport(
  snapshot: ContentSnapshot,
  ui: Record<string, Record<string, string>>,
  stamps: Record<string, Record<string, string>> = {},
): LocaleReport[] {
  const area = snapshot.area;
  if (!area) return [];
  const reference = ui[area.defaultLocale] ?? {};
  const refKeys = [...new Set(Object.keys(reference).map(base))];
  const versions = uiVersions(reference);
  const englishPages = snapshot.pages.filter((p) => p.startsWith(`${area.defaultLocale}/`)).map((p) => p.slice(area.defaultLocale.length + 1));
  return area.locales
    .filter((l) => l.code !== area.defaultLocale)
    .map((l) => {
      const tr = snapshot.translations[l.code] ?? { services: {}, crimeTypes: { ids: [], reviewed: false }, pages: {}, outdated: [] };
      const old = (key: string) => stamps[l.code]?.[key] !== versions[key];
      const outdated = (prefix: string) => tr.outdated.filter((o) => o.startsWith(prefix)).map((o) => o.slice(prefix.length));
      const keys = new Set(Object.keys(ui[l.code] ?? {}).map(base));
      const pages = englishPages.filter((slug) => slug in tr.pages);
      const services = snapshot.services.filter((s) => s.id in tr.services);
      const crimes = snapshot.crimeTypes.filter((c) => tr.crimeTypes.ids.includes(c.id));
      return {
        code: l.code,
        name: l.name,
        reviewed: l.reviewed,
        interface: keyCoverage(refKeys.filter((k) => !QUESTIONNAIRE.test(k)), keys, l.reviewed, old),
        questionnaire: keyCoverage(refKeys.filter((k) => QUESTIONNAIRE.test(k)), keys, l.reviewed, old),
        pages: {
          done: pages.length,
          total: englishPages.length,
          reviewed: pages.filter((slug) => tr.pages[slug]).length,
          missing: englishPages.filter((slug) => !(slug in tr.pages)),
          outdated: outdated('pages/'),
        },
        services: {
          done: services.length,
          total: snapshot.services.length,
          reviewed: services.filter((s) => tr.services[s.id]).length,
          missing: snapshot.services.filter((s) => !(s.id in tr.services)).map((s) => s.id),
          outdated: outdated('services/'),
        },
        crimeTypes: {
          done: crimes.length,
          total: snapshot.crimeTypes.length,
          reviewed: tr.crimeTypes.reviewed ? crimes.length : 0,
          missing: snapshot.crimeTypes.filter((c) => !tr.crimeTypes.ids.includes(c.id)).map((c) => c.id),
          outdated: tr.outdated.includes('crime-types') ? crimes.map((c) => c.id) : [],
        },
      };
    });
}

const PARTS = ['interface', 'questionnaire', 'pages', 'services', 'crimeTypes'] as const;

/** The report as lines of text: a table, then what is missing per language. */
export function formatReport(rows: LocaleReport[], { details = true } = {}): string[] {
  const cell = (c: Coverage) => `${c.done}/${c.total} (${c.reviewed} rev.${c.outdated.length > 0 ? `, ${c.outdated.length} old` : ''})`.padEnd(26);
  const lines = [`${'language'.padEnd(16)}${PARTS.map((p) => p.padEnd(26)).join('')}`];
  for (const r of rows) lines.push(`${`${r.code} ${r.name}`.padEnd(16)}${PARTS.map((p) => cell(r[p])).join('')}`);
  if (details) {
    for (const r of rows) {
      const gaps = PARTS.filter((p) => r[p].missing.length > 0).map((p) => `  ${p}: ${r[p].missing.join(', ')}`);
      if (gaps.length > 0) lines.push('', `${r.code}: shown in English until translated:`, ...gaps);
      const old = PARTS.filter((p) => r[p].outdated.length > 0).map((p) => `  ${p}: ${r[p].outdated.join(', ')}`);
      if (old.length > 0) {
        lines.push('', `${r.code}: may be out of date (the English changed since; update, then npm run i18n:stamp -- ${r.code} <what>):`, ...old);
      }
    }
  }
  return lines;
}
