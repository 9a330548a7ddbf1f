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
import { NATIONAL, makeImportedServiceSchema, makeServiceSchema, type ImportedService, type Service } from '../schemas/service.ts';
import { withheldNumberSchema, type WithheldNumber } from '../schemas/withheld.ts';
import { unsafeMarkdown } from './markdown-safety.ts';
import { bodyNumbers, nationalDigits, unsourcedNumbers } from './body-numbers.ts';
import { crimeTypeWords, englishVersion, pageWords, serviceWords } from './translation-version.ts';
import { findNumbers } from './withheld.ts';
import { phoneBook, phoneRefProblem, phoneRefsIn } from './phone-refs.ts';
import { contentLayout, defaultAreaId, listFiles, pageId, serviceFiles, siteFiles, splitFrontmatter } from './content-layers.ts';

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

const WITHHELD_FILE = 'withheld-numbers.yaml';

export { splitFrontmatter };


/**
 * Checks the content of one area's site: the national layer (content/national/) and the area's
 * folder (content/areas/<areaId>/), as src/lib/content-layers.ts combines them.
 */
export function checkContent(contentDir: string, rootDir = join(contentDir, '..'), areaId = defaultAreaId(contentDir)): ContentSnapshot {
  const problems: Problem[] = [];
  const layout = contentLayout(contentDir, areaId);
  const files = siteFiles(layout);
  const inContent = (f: string) => join(contentDir, f);
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

  const areaFile = inContent(files.settings);
  const areaData = readYaml(areaFile);
  const area = areaData === undefined ? undefined : validate(areaSchema, areaData, areaFile);
  const districts = readList(inContent(files.districts), districtSchema);
  const crimeTypes = readList(inContent(files.crimeTypes), crimeTypeSchema);

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

  // Services: only files directly in a layer's services/ folder are built, so only those are
  // checked, and a file in a folder below is a mistake to report (it would never be published).
  const nationalServices = serviceFiles(layout.national);
  const areaServices = serviceFiles(layout.area);
  for (const dir of [join(layout.national, 'services'), join(layout.area, 'services')]) {
    const direct = listFiles(dir, '.md', false);
    for (const file of listFiles(dir, '.md').filter((f) => !direct.includes(f))) {
      problems.push({ file: rel(file), field: '', message: `service files must be directly in ${rel(dir)}/ (the site does not publish files in folders below it): move it up, or delete it` });
    }
  }
  const shown = new Set(files.services.map((f) => f.split('/').pop()!.replace(/\.md$/, '')));
  const serviceFile = new Map<string, string>();
  /** National services the area leaves out: checked (they are shared), not built. */
  const leftOut: ContentSnapshot['services'] = [];
  for (const [layer, entries] of [['national', nationalServices], ['area', areaServices]] as const) {
    for (const [id, file] of entries) {
      if (layer === 'area' && nationalServices.has(id)) {
        problems.push({ file: rel(file), field: '', message: `there is a national service "${id}" (${rel(nationalServices.get(id)!)}): give this one another file name (to show it instead of the national one, also list "${id}" under nationalServices.exclude in area.yaml)` });
        continue;
      }
      serviceFile.set(id, file);
      const split = readMarkdown(file);
      if (!split) continue;
      const parsed = validate(serviceSchema, split.data, file);
      if (!parsed) continue;
      const national = parsed.areasServed.includes(NATIONAL);
      if (layer === 'national' && !national) {
        problems.push({ file: rel(file), field: 'areasServed', message: `a national service serves everyone: write [${NATIONAL}] (a service for some districts belongs in an area folder, content/areas/<area>/services/)` });
      } else if (layer === 'area' && national) {
        problems.push({ file: rel(file), field: 'areasServed', message: `"${NATIONAL}" is for services in content/national/services/ (written once for every area): move it there, or list this area's districts` });
      } else if (layer === 'area' && parsed.nations) {
        problems.push({ file: rel(file), field: 'nations', message: 'only a national service says which nations it covers: remove this field' });
      }
      (shown.has(id) ? services : leftOut).push({ ...parsed, id, body: split.body });
    }
  }
  for (const [i, id] of (area?.nationalServices.exclude ?? []).entries()) {
    if (!nationalServices.has(id)) {
      problems.push({ file: rel(areaFile), field: `nationalServices.exclude.${i}`, message: `there is no national service "${id}" in ${rel(join(layout.national, 'services'))}/; use a file name from there` });
    }
  }

  if (area?.youngPeople && !shown.has(area.youngPeople.askService)) {
    problems.push({
      file: rel(areaFile),
      field: 'youngPeople.askService',
      message: `"${area.youngPeople.askService}" is not one of this area's services; use a service id (its file name), or leave youngPeople out`,
    });
  }

  // Phone numbers in Markdown bodies: each must have a source. A service's description may give
  // only its own sourced numbers; pages and translations likewise (see checkBodyNumbers below).
  const emergencyNumbers = area ? Object.entries(area.emergency).filter(([k]) => k !== 'sources').map(([, v]) => v as string) : [];
  const sourcedEverywhere = new Set([...emergencyNumbers, ...services.flatMap((sv) => sv.contact.phones.map((p) => p.number))]);
  // <phone:service-id> links must name a number of a service on this area's site.
  const book = phoneBook(services);
  const nationalNumbers = new Map(
    [...services, ...leftOut]
      .filter((sv) => nationalServices.has(sv.id))
      .flatMap((sv) => sv.contact.phones.flatMap((p, index) => (p.short ? [] : [[nationalDigits(p.number), { id: sv.id, name: sv.name, index }] as const]))),
  );
  function checkBodyNumbers(file: string, body: string, allowed: Iterable<string>, what: string) {
    const text = readFileSync(file, 'utf8');
    const offset = text.split('\n').length - body.split('\n').length;
    for (const n of unsourcedNumbers(body, allowed)) {
      problems.push({ file: rel(file), field: `line ${n.line + offset}`, message: `"${n.text}" ${what}` });
    }
    // A national service's number is written once, in its own file: anywhere else, <phone:id>.
    for (const n of bodyNumbers(body)) {
      const owner = nationalNumbers.get(n.digits);
      if (owner && serviceFile.get(owner.id) !== file) {
        const ref = `<phone:${owner.id}${owner.index > 0 ? `/${owner.index + 1}` : ''}>`;
        problems.push({ file: rel(file), field: `line ${n.line + offset}`, message: `"${n.text}" is the number of ${owner.name}: write ${ref} instead, so that it is written only in ${rel(serviceFile.get(owner.id)!)}` });
      }
    }
    for (const ref of phoneRefsIn(body)) {
      const problem = phoneRefProblem(ref, book);
      if (problem) problems.push({ file: rel(file), field: `line ${ref.line + offset}`, message: problem });
    }
  }
  const serviceNumbers = (sv: (typeof services)[number]) => [...emergencyNumbers, ...sv.contact.phones.map((p) => p.number)];
  const OWN = "is not one of this service's sourced numbers: add it to contact.phones with its source (from: [...]), or link to the service that publishes it instead of writing the number";
  for (const sv of [...services, ...leftOut]) checkBodyNumbers(serviceFile.get(sv.id)!, sv.body, serviceNumbers(sv), OWN);

  // Imported services wait in the area's imported/ folder until an editor confirms them (then moves
  // the file to its services/): checked like services, except that lastChecked may be missing.
  const importedSchema = makeImportedServiceSchema({ crimeTypes: crimeTypes.map((c) => c.id), districts: districts.map((d) => d.id) });
  const imported: ContentSnapshot['imported'] = [];
  for (const file of listFiles(join(layout.area, 'imported'), '.md', false)) {
    const split = readMarkdown(file);
    const parsed = split && validate(importedSchema, split.data, file);
    if (parsed) imported.push({ ...parsed, id: file.split('/').pop()!.replace(/\.md$/, ''), body: split.body });
  }

  const pages: string[] = [];
  const pageReviewed = new Map<string, boolean>();
  /** Each page's English version (for the default language) or the version it was translated from. */
  const pageVersion = new Map<string, string | undefined>();
  const pageFile = new Map<string, string>();
  for (const file of files.pages.map(inContent)) {
    const split = readMarkdown(file);
    const page = split && validate(pageSchema, split.data, file);
    if (split) {
      checkBodyNumbers(file, split.body, sourcedEverywhere, `is not a number any service publishes with a source, nor an emergency number in area.yaml: add it to the service it belongs to (with its source), or leave it out`);
    }
    if (page) {
      const id = pageId(file);
      pages.push(id);
      pageFile.set(id, rel(file));
      pageReviewed.set(id, page.reviewed);
      pageVersion.set(id, id.startsWith(`${area?.defaultLocale}/`) ? englishVersion(pageWords(page, split!.body)) : page.translatedFrom);
    }
  }

  // Translations: only words, only for languages the site has, only of things that exist.
  const defaultLocale = area?.defaultLocale;
  const otherLocales = (area?.locales ?? []).map((l) => l.code).filter((c) => c !== defaultLocale);
  const translations: ContentSnapshot['translations'] = {};
  // The national layer may hold languages this area does not use (other areas do); the area's own
  // folder may not.
  const translationsDir = join(layout.area, 'translations');
  for (const [dir, strict] of [[join(layout.national, 'translations'), false], [translationsDir, true]] as const) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && area && (entry.name === defaultLocale || (strict && !otherLocales.includes(entry.name)))) {
        problems.push({
          file: rel(join(dir, entry.name)),
          field: '',
          message: entry.name === defaultLocale
            ? `"${entry.name}" is the site's own language: its words are in the services and crime-types.yaml themselves, not in translations`
            : `"${entry.name}" is not one of the site's languages (${otherLocales.join(', ')}): add it to ${rel(areaFile)}, or rename the folder`,
        });
      }
    }
  }
  for (const lang of otherLocales) {
    const entry: LocaleTranslations = { services: {}, crimeTypes: { ids: [], reviewed: false }, pages: {}, outdated: [] };
    translations[lang] = entry;
    const translationFiles = [layout.national, layout.area].flatMap((layer) => listFiles(join(layer, 'translations', lang, 'services'), '.md'));
    for (const file of translationFiles) {
      const id = file.split('/').pop()!.replace(/\.md$/, '');
      const national = file.startsWith(`${layout.national}/`);
      const original = [...services, ...leftOut].find((sv) => sv.id === id && national === nationalServices.has(id));
      if (!original) {
        // A service that exists but has problems of its own: those are reported; this is checked once they are fixed.
        const layerServices = national ? nationalServices : areaServices;
        if (!layerServices.has(id)) problems.push({ file: rel(file), field: '', message: `there is no service "${id}" in ${rel(join(national ? layout.national : layout.area, 'services'))}/ to translate; name the file after a service id there` });
        continue;
      }
      const isShown = shown.has(id);
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
      if (!isShown) continue;
      entry.services[id] = tr.reviewed;
      if (tr.translatedFrom !== englishVersion(serviceWords(original, original.body))) entry.outdated.push(`services/${id}`);
    }
    const crimeFile = join(layout.national, 'translations', lang, 'crime-types.yaml');
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
    const file = pageFile.get(id)!;
    if (!translations[lang!]) {
      // A national page in a language this area does not use is for other areas.
      if (!file.startsWith(rel(layout.national))) problems.push({ file, field: '', message: `"${lang}" is not one of the site's languages (${rel(areaFile)})` });
    } else if (!pages.includes(`${defaultLocale}/${slug}`)) {
      problems.push({ file, field: '', message: `there is no ${defaultLocale} page "${slug}" to translate; use the same file name as the ${defaultLocale} page` });
    } else {
      translations[lang!]!.pages[slug] = pageReviewed.get(id) ?? false;
      if (pageVersion.get(id) !== pageVersion.get(`${defaultLocale}/${slug}`)) translations[lang!]!.outdated.push(`pages/${slug}`);
    }
  }

  const events = files.events ? readList(inContent(files.events), makeEventSchema({ districts: districts.map((d) => d.id) })) : [];

  // No content file of this site may contain a withheld number (the national list and the area's),
  // in any spacing (the lists themselves excepted).
  const withheldFiles = files.withheld.map(inContent);
  const withheld = withheldFiles.flatMap((f) => readList(f, withheldNumberSchema));
  if (withheld.length > 0) {
    const scanned = [layout.national, layout.area].flatMap((dir) => [...listFiles(dir, '.md'), ...listFiles(dir, '.yaml'), ...listFiles(dir, '.yml')]);
    for (const file of scanned) {
      if (withheldFiles.includes(file)) continue;
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
  const questionnaireFile = files.questionnaire && inContent(files.questionnaire);
  const questionnaireData = questionnaireFile ? readYaml(questionnaireFile) : undefined;
  const questionnaire = questionnaireData === undefined || !questionnaireFile ? undefined : validate(questionnaireSchema, questionnaireData, questionnaireFile);

  return { area, districts, crimeTypes, services, imported, events, pages, withheld, translations, questionnaire, problems };
}

/** Reads one area's area.yaml alone, for astro.config.mjs; throws a ContentError if invalid. */
export function loadArea(contentDir: string, areaId = defaultAreaId(contentDir)): Area {
  const file = join(contentLayout(contentDir, areaId).area, 'area.yaml');
  const result = areaSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((i) => ({ file: relative(join(contentDir, '..'), file), field: i.path.join('.'), message: i.message })),
    );
  }
  return result.data;
}
