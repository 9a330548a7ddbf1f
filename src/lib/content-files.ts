/**
 * Reads and checks everything under content/ the same way the build does, so that a bad file
 * fails with one line per problem: the file, the field, and what is allowed.
 * Used by the build (src/integrations/content-check.ts) and by `npm run check:content`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { areaSchema, type Area } from '../schemas/area.ts';
import { crimeTypeSchema, type CrimeType } from '../schemas/crime-type.ts';
import { districtSchema, type District } from '../schemas/district.ts';
import { makeEventSchema, type SiteEvent } from '../schemas/event.ts';
import { pageSchema } from '../schemas/page.ts';
import { crimeTypeTranslationsSchema, serviceTranslationSchema } from '../schemas/translation.ts';
import { questionnaireSchema, type Questionnaire } from '../schemas/questionnaire.ts';
import { makeImportedServiceSchema, makeServiceSchema, type ImportedService, type Service } from '../schemas/service.ts';
import { withheldNumberSchema, type WithheldNumber } from '../schemas/withheld.ts';
import { unsafeMarkdown } from './markdown-safety.ts';
import { unsourcedNumbers } from './body-numbers.ts';
import { crimeTypeWords, englishVersion, pageWords, serviceWords } from './translation-version.ts';
import { findNumbers } from './withheld.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field || '(file)'}: ${p.message}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export interface ContentSnapshot {
  area?: Area;
  districts: District[];
  crimeTypes: CrimeType[];
  services: Array<Service & { id: string; body: string }>;
  /** Services imported from another directory's feed, waiting for an editor (content/imported/; never published). */
  imported: Array<ImportedService & { id: string; body: string }>;
  /** Roadshows and other events (content/events.yaml; optional file, may be an empty list). */
  events: SiteEvent[];
  /** Information pages, as "<lang>/<slug>". */
  pages: string[];
  /** Numbers that must never be published (content/withheld-numbers.yaml; optional file). */
  withheld: WithheldNumber[];
  /** Content translations per language (content/translations/<lang>/). */
  translations: Record<string, LocaleTranslations>;
  /** The guided find-help questions (content/questionnaire.yaml; optional file). */
  questionnaire?: Questionnaire;
  problems: Problem[];
}

export interface LocaleTranslations {
  /** Translated services: id -> reviewed by a native speaker. */
  services: Record<string, boolean>;
  /** Translated crime types (ids), and whether the file is reviewed. */
  crimeTypes: { ids: string[]; reviewed: boolean };
  /** Translated information pages: slug -> reviewed. */
  pages: Record<string, boolean>;
  /**
   * Translations whose English has changed since they were made, or that do not say which English
   * they were made from: "pages/<slug>", "services/<id>", "crime-types".
   */
  outdated: string[];
}

/** Optional list files: absent means empty. */
const EVENTS_FILE = 'events.yaml';
const WITHHELD_FILE = 'withheld-numbers.yaml';
const QUESTIONNAIRE_FILE = 'questionnaire.yaml';

/** Splits a Markdown file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return null;
  return { data: parseYaml(match[1]!), body: match[2]! };
}

function listFiles(dir: string, ext: string, recursive = true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function checkContent(contentDir: string, rootDir = join(contentDir, '..')): ContentSnapshot {
  const problems: Problem[] = [];
  const rel = (file: string) => relative(rootDir, file);

  function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, prefix = ''): z.output<S> | undefined {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({ file: rel(file), field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'), message: issue.message });
    }
    return undefined;
  }

  function readYaml(file: string): unknown {
    if (!existsSync(file)) {
      problems.push({ file: rel(file), field: '', message: 'file is missing' });
      return undefined;
    }
    try {
      return parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({ file: rel(file), field: '', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      return undefined;
    }
  }

  function readList<S extends z.ZodType>(file: string, schema: S, optional = false): Array<z.output<S>> {
    if (optional && !existsSync(file)) return [];
    const data = readYaml(file);
    if (data === undefined) return [];
    if (!Array.isArray(data)) {
      problems.push({ file: rel(file), field: '', message: 'expected a list of entries, each starting with "- id:"' });
      return [];
    }
    const seen = new Set<string>();
    const items: Array<z.output<S>> = [];
    data.forEach((item, i) => {
      const id = (item as { id?: unknown })?.id;
      const prefix = typeof id === 'string' ? id : `[${i}]`;
      if (typeof id === 'string' && seen.has(id)) {
        problems.push({ file: rel(file), field: `${prefix}.id`, message: `"${id}" is used twice; ids must be unique` });
      }
      if (typeof id === 'string') seen.add(id);
      const parsed = validate(schema, item, file, prefix);
      if (parsed) items.push(parsed);
    });
    return items;
  }

  const areaData = readYaml(join(contentDir, 'settings', 'area.yaml'));
  const area = areaData === undefined ? undefined : validate(areaSchema, areaData, join(contentDir, 'settings', 'area.yaml'));
  const districts = readList(join(contentDir, 'districts.yaml'), districtSchema);
  const crimeTypes = readList(join(contentDir, 'crime-types.yaml'), crimeTypeSchema);

  const serviceSchema = makeServiceSchema({ crimeTypes: crimeTypes.map((c) => c.id), districts: districts.map((d) => d.id) });
  const services: ContentSnapshot['services'] = [];
  /** A Markdown file's frontmatter and body, or undefined (with the problem recorded). */
  function readMarkdown(file: string): { data: unknown; body: string } | undefined {
    try {
      const text = readFileSync(file, 'utf8');
      const split = splitFrontmatter(text);
      if (split) {
        // The body's line numbers, counted in the whole file (after the frontmatter).
        const offset = text.split('\n').length - split.body.split('\n').length;
        for (const p of unsafeMarkdown(split.body)) problems.push({ file: rel(file), field: `line ${p.line + offset}`, message: p.message });
        return split;
      }
      problems.push({ file: rel(file), field: '', message: 'start the file with frontmatter between two "---" lines' });
    } catch (error) {
      problems.push({
        file: rel(file),
        field: '',
        message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')} (put text containing ": " in double quotes)`,
      });
    }
    return undefined;
  }

  // Services: only files directly in content/services/ are built, so only those are checked, and a
  // file in a folder below is a mistake to report (it would be checked but never published).
  const servicesDir = join(contentDir, 'services');
  const serviceFiles = listFiles(servicesDir, '.md', false);
  for (const file of listFiles(servicesDir, '.md').filter((f) => !serviceFiles.includes(f))) {
    problems.push({ file: rel(file), field: '', message: 'service files must be directly in content/services/ (the site does not publish files in folders below it): move it up, or delete it' });
  }
  /** Every service file's id, valid or not: a translation of an invalid service is not a second problem. */
  const serviceIds = new Set(serviceFiles.map((f) => f.split('/').pop()!.replace(/\.md$/, '')));
  for (const file of serviceFiles) {
    const split = readMarkdown(file);
    if (!split) continue;
    const parsed = validate(serviceSchema, split.data, file);
    if (parsed) services.push({ ...parsed, id: file.split('/').pop()!.replace(/\.md$/, ''), body: split.body });
  }

  if (area?.youngPeople && !serviceIds.has(area.youngPeople.askService)) {
    problems.push({
      file: 'content/settings/area.yaml',
      field: 'youngPeople.askService',
      message: `there is no service "${area.youngPeople.askService}" in content/services/; use a service id (its file name), or leave youngPeople out`,
    });
  }

  // Phone numbers in Markdown bodies: each must have a source. A service's description may give
  // only its own sourced numbers; pages and translations likewise (see checkBodyNumbers below).
  const emergencyNumbers = area ? Object.entries(area.emergency).filter(([k]) => k !== 'sources').map(([, v]) => v as string) : [];
  const sourcedEverywhere = new Set([...emergencyNumbers, ...services.flatMap((sv) => sv.contact.phones.map((p) => p.number))]);
  function checkBodyNumbers(file: string, body: string, allowed: Iterable<string>, what: string) {
    const text = readFileSync(file, 'utf8');
    const offset = text.split('\n').length - body.split('\n').length;
    for (const n of unsourcedNumbers(body, allowed)) {
      problems.push({ file: rel(file), field: `line ${n.line + offset}`, message: `"${n.text}" ${what}` });
    }
  }
  const serviceNumbers = (sv: (typeof services)[number]) => [...emergencyNumbers, ...sv.contact.phones.map((p) => p.number)];
  const OWN = "is not one of this service's sourced numbers: add it to contact.phones with its source (from: [...]), or link to the service that publishes it instead of writing the number";
  for (const sv of services) checkBodyNumbers(join(servicesDir, `${sv.id}.md`), sv.body, serviceNumbers(sv), OWN);

  // Imported services wait in content/imported/ until an editor confirms them (then moves the file
  // to content/services/): checked like services, except that lastChecked may be missing.
  const importedSchema = makeImportedServiceSchema({ crimeTypes: crimeTypes.map((c) => c.id), districts: districts.map((d) => d.id) });
  const imported: ContentSnapshot['imported'] = [];
  for (const file of listFiles(join(contentDir, 'imported'), '.md', false)) {
    const split = readMarkdown(file);
    const parsed = split && validate(importedSchema, split.data, file);
    if (parsed) imported.push({ ...parsed, id: file.split('/').pop()!.replace(/\.md$/, ''), body: split.body });
  }

  const pages: string[] = [];
  const pageReviewed = new Map<string, boolean>();
  /** Each page's English version (for the default language) or the version it was translated from. */
  const pageVersion = new Map<string, string | undefined>();
  for (const file of listFiles(join(contentDir, 'pages'), '.md')) {
    const split = readMarkdown(file);
    const page = split && validate(pageSchema, split.data, file);
    if (split) {
      checkBodyNumbers(file, split.body, sourcedEverywhere, `is not a number any service publishes with a source, nor an emergency number in settings/area.yaml: add it to the service it belongs to (with its source), or leave it out`);
    }
    if (page) {
      const id = relative(join(contentDir, 'pages'), file).replace(/\.md$/, '');
      pages.push(id);
      pageReviewed.set(id, page.reviewed);
      pageVersion.set(id, id.startsWith(`${area?.defaultLocale}/`) ? englishVersion(pageWords(page, split!.body)) : page.translatedFrom);
    }
  }

  // Translations: only words, only for languages the site has, only of things that exist.
  const defaultLocale = area?.defaultLocale;
  const otherLocales = (area?.locales ?? []).map((l) => l.code).filter((c) => c !== defaultLocale);
  const translations: ContentSnapshot['translations'] = {};
  const translationsDir = join(contentDir, 'translations');
  if (existsSync(translationsDir)) {
    for (const entry of readdirSync(translationsDir, { withFileTypes: true })) {
      if (entry.isDirectory() && !otherLocales.includes(entry.name) && area) {
        problems.push({
          file: rel(join(translationsDir, entry.name)),
          field: '',
          message: entry.name === defaultLocale
            ? `"${entry.name}" is the site's own language: its words are in content/services/ and content/crime-types.yaml, not in translations`
            : `"${entry.name}" is not one of the site's languages (${otherLocales.join(', ')}): add it to content/settings/area.yaml, or rename the folder`,
        });
      }
    }
  }
  for (const lang of otherLocales) {
    const entry: LocaleTranslations = { services: {}, crimeTypes: { ids: [], reviewed: false }, pages: {}, outdated: [] };
    translations[lang] = entry;
    for (const file of listFiles(join(contentDir, 'translations', lang, 'services'), '.md')) {
      const id = file.split('/').pop()!.replace(/\.md$/, '');
      const original = services.find((sv) => sv.id === id);
      if (!original) {
        // A service that exists but has problems of its own: those are reported; this is checked once they are fixed.
        if (!serviceIds.has(id)) problems.push({ file: rel(file), field: '', message: `there is no service "${id}" in content/services/ to translate; name the file after a service id` });
        continue;
      }
      const split = readMarkdown(file);
      const tr = split && validate(serviceTranslationSchema, split.data, file);
      if (split) checkBodyNumbers(file, split.body, serviceNumbers(original), OWN);
      if (!tr) continue;
      if (tr.phoneLabels && tr.phoneLabels.length !== original.contact.phones.length) {
        problems.push({
          file: rel(file),
          field: 'phoneLabels',
          message: `give one label (or null) for each of the service's ${original.contact.phones.length} phones, in the same order`,
        });
      }
      if (tr.hoursNote && !original.hours?.note) {
        problems.push({ file: rel(file), field: 'hoursNote', message: 'the service has no hours note to translate; remove this field' });
      }
      entry.services[id] = tr.reviewed;
      if (tr.translatedFrom !== englishVersion(serviceWords(original, original.body))) entry.outdated.push(`services/${id}`);
    }
    const crimeFile = join(contentDir, 'translations', lang, 'crime-types.yaml');
    if (existsSync(crimeFile)) {
      const tr = validate(crimeTypeTranslationsSchema, readYaml(crimeFile), crimeFile);
      if (tr) {
        for (const id of Object.keys(tr.crimeTypes)) {
          if (!crimeTypes.some((c) => c.id === id)) {
            problems.push({ file: rel(crimeFile), field: `crimeTypes.${id}`, message: `unknown crime type "${id}"; use one of: ${crimeTypes.map((c) => c.id).join(', ')}` });
          }
        }
        entry.crimeTypes = { ids: Object.keys(tr.crimeTypes), reviewed: tr.reviewed };
        if (tr.translatedFrom !== englishVersion(crimeTypeWords(crimeTypes))) entry.outdated.push('crime-types');
      }
    }
  }
  for (const id of pages) {
    const [lang, ...rest] = id.split('/');
    const slug = rest.join('/');
    if (lang === defaultLocale) continue;
    const file = join('content', 'pages', `${id}.md`);
    if (!translations[lang!]) {
      problems.push({ file, field: '', message: `"${lang}" is not one of the site's languages (content/settings/area.yaml)` });
    } else if (!pages.includes(`${defaultLocale}/${slug}`)) {
      problems.push({ file, field: '', message: `there is no ${defaultLocale} page "${slug}" to translate; use the same file name as the ${defaultLocale} page` });
    } else {
      translations[lang!]!.pages[slug] = pageReviewed.get(id) ?? false;
      if (pageVersion.get(id) !== pageVersion.get(`${defaultLocale}/${slug}`)) translations[lang!]!.outdated.push(`pages/${slug}`);
    }
  }

  const events = readList(join(contentDir, EVENTS_FILE), makeEventSchema({ districts: districts.map((d) => d.id) }), true);

  // No content file may contain a withheld number, in any spacing (the list itself excepted).
  const withheldFile = join(contentDir, WITHHELD_FILE);
  const withheld = readList(withheldFile, withheldNumberSchema, true);
  if (withheld.length > 0) {
    for (const file of [...listFiles(contentDir, '.md'), ...listFiles(contentDir, '.yaml'), ...listFiles(contentDir, '.yml')]) {
      if (file === withheldFile) continue;
      for (const found of findNumbers(readFileSync(file, 'utf8'), withheld)) {
        problems.push({
          file: rel(file),
          field: `line ${found.line}`,
          message: `"${found.match.trim()}" must not be published (${found.entry.reason}: ${found.entry.note}); remove it, or check it on the provider's own site first (see ${WITHHELD_FILE})`,
        });
      }
    }
  }

  // The guided questions are optional for an area; when present they must lead somewhere real.
  const questionnaireFile = join(contentDir, QUESTIONNAIRE_FILE);
  const questionnaireData = existsSync(questionnaireFile) ? readYaml(questionnaireFile) : undefined;
  const questionnaire = questionnaireData === undefined ? undefined : validate(questionnaireSchema, questionnaireData, questionnaireFile);

  return { area, districts, crimeTypes, services, imported, events, pages, withheld, translations, questionnaire, problems };
}

/** Reads content/settings/area.yaml alone, for astro.config.mjs; throws a ContentError if invalid. */
export function loadArea(contentDir: string): Area {
  const file = join(contentDir, 'settings', 'area.yaml');
  const result = areaSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((i) => ({ file: relative(join(contentDir, '..'), file), field: i.path.join('.'), message: i.message })),
    );
  }
  return result.data;
}
