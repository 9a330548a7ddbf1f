/**
 * Which content files make up the site for one area. Content comes in two layers:
 *
 *   content/national/         written once for every area: national services and their
 *                             translations, crime types, the questionnaire, information pages
 *   content/areas/<area>/     one folder per area: area.yaml (settings), districts.yaml, events.yaml,
 *                             its local services and their translations, pages it adds or overrides
 *
 * The area is chosen by SIGNPOST_AREA (a folder name in content/areas/); without it, the one named
 * by content/areas.yaml `default` (or the only folder). An area shows every national service that
 * covers its nation (`nation` in area.yaml, `nations` in the service), less those it lists in
 * `nationalServices.exclude`. An area page with the same file name as a national page replaces it
 * in every language (the national translations translate other words).
 *
 * Used by the content collections (src/content.config.ts), the content check and the scripts, so
 * that each reads the same files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const NATIONAL_DIR = 'national';
export const AREAS_DIR = 'areas';
/** content/areas.yaml: `default: <folder>`, the area built when SIGNPOST_AREA is not set. */
export const AREAS_FILE = 'areas.yaml';

/** Splits a Markdown file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return null;
  return { data: parseYaml(match[1]!), body: match[2]! };
}

/** The area folders in content/areas/, sorted. */
export function areaIds(contentDir: string): string[] {
  const dir = join(contentDir, AREAS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** The area built when none is chosen: content/areas.yaml `default`, or the only area folder. */
export function defaultAreaId(contentDir: string): string {
  const file = join(contentDir, AREAS_FILE);
  if (existsSync(file)) {
    const data = parseYaml(readFileSync(file, 'utf8')) as { default?: unknown } | null;
    if (typeof data?.default === 'string') return data.default;
  }
  const ids = areaIds(contentDir);
  if (ids.length === 1) return ids[0]!;
  throw new Error(`${join(contentDir, AREAS_FILE)}: say which area to build by default ("default: <folder>", one of: ${ids.join(', ') || 'none yet'})`);
}

/** The area to build: SIGNPOST_AREA when set, else the default. Throws, naming the choices, if there is no such folder. */
export function chosenAreaId(contentDir: string, env: string | undefined = process.env.SIGNPOST_AREA): string {
  const id = env?.trim() || defaultAreaId(contentDir);
  const ids = areaIds(contentDir);
  if (!ids.includes(id)) {
    throw new Error(`there is no area "${id}" in ${join(contentDir, AREAS_DIR)}/: use one of ${ids.join(', ') || '(none)'}${env ? ' (SIGNPOST_AREA)' : ` (${AREAS_FILE})`}`);
  }
  return id;
}

export interface ContentLayout {
  contentDir: string;
  areaId: string;
  /** content/national */
  national: string;
  /** content/areas/<area> */
  area: string;
}

export function contentLayout(contentDir: string, areaId: string): ContentLayout {
  return { contentDir, areaId, national: join(contentDir, NATIONAL_DIR), area: join(contentDir, AREAS_DIR, areaId) };
}

/** The files under `dir` whose names end with `ext`, sorted (none if `dir` does not exist). */
export function listFiles(dir: string, ext: string, recursive = true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** What an area says about national services (area.yaml). */
export interface NationalChoice {
  nation: string;
  nationalServices?: { exclude?: readonly string[] | undefined } | undefined;
}

/**
 * Whether an area shows a national service: it covers the area's nation (a service that does not
 * say which nations it covers is shown everywhere) and the area has not excluded it.
 */
export function showsNationalService(area: NationalChoice, id: string, nations: readonly string[] | undefined): boolean {
  if (area.nationalServices?.exclude?.includes(id)) return false;
  return nations === undefined || nations.includes(area.nation);
}

/** The files of one layer's services, id -> file. */
export function serviceFiles(layerDir: string): Map<string, string> {
  return new Map(listFiles(join(layerDir, 'services'), '.md', false).map((f) => [basename(f, '.md'), f]));
}

/** A national service's `nations.covers`, read from its frontmatter (undefined if not given or unreadable). */
export function nationsOf(file: string): string[] | undefined {
  try {
    const data = splitFrontmatter(readFileSync(file, 'utf8'))?.data as { nations?: { covers?: unknown } } | undefined;
    const covers = data?.nations?.covers;
    return Array.isArray(covers) ? covers.map(String) : undefined;
  } catch {
    return undefined;
  }
}

/** The area's settings as written (unvalidated), or undefined if area.yaml is missing or not YAML. */
function readAreaChoice(layout: ContentLayout): NationalChoice | undefined {
  try {
    const data = parseYaml(readFileSync(join(layout.area, 'area.yaml'), 'utf8')) as Partial<NationalChoice> | null;
    return data && typeof data.nation === 'string' ? (data as NationalChoice) : undefined;
  } catch {
    return undefined;
  }
}

/** Every file the site for this area is built from, by collection (paths relative to contentDir). */
export interface SiteFiles {
  settings: string;
  districts: string;
  events?: string | undefined;
  crimeTypes: string;
  questionnaire?: string | undefined;
  /** National services the area shows, then the area's own. */
  services: string[];
  /** National services the area does not show (not built). */
  nationalLeftOut: string[];
  serviceTranslations: string[];
  crimeTypeTranslations: string[];
  pages: string[];
  /** Numbers that must never be published: the national list and the area's. */
  withheld: string[];
}

export function siteFiles(layout: ContentLayout): SiteFiles {
  const rel = (f: string) => relative(layout.contentDir, f);
  const optional = (f: string) => (existsSync(f) ? rel(f) : undefined);
  const choice = readAreaChoice(layout);
  const shown = new Set<string>();
  const leftOut: string[] = [];
  for (const [id, file] of serviceFiles(layout.national)) {
    if (!choice || showsNationalService(choice, id, nationsOf(file))) shown.add(id);
    else leftOut.push(rel(file));
  }
  const areaServices = serviceFiles(layout.area);
  const services = [...[...serviceFiles(layout.national)].filter(([id]) => shown.has(id)), ...areaServices].map(([, f]) => rel(f));

  const translationsOf = (layer: string) => listFiles(join(layer, 'translations'), '.md').filter((f) => /\/translations\/[^/]+\/services\/[^/]+\.md$/.test(f));
  // A translation of a national service the area leaves out is not built.
  const serviceTranslations = [...translationsOf(layout.national).filter((f) => shown.has(basename(f, '.md'))), ...translationsOf(layout.area)].map(rel);

  // Pages: the area's replace the national ones with the same file name (in every language).
  const areaPages = listFiles(join(layout.area, 'pages'), '.md');
  const overridden = new Set(areaPages.map((f) => basename(f)));
  const pages = [...listFiles(join(layout.national, 'pages'), '.md').filter((f) => !overridden.has(basename(f))), ...areaPages].map(rel);

  return {
    settings: rel(join(layout.area, 'area.yaml')),
    districts: rel(join(layout.area, 'districts.yaml')),
    events: optional(join(layout.area, 'events.yaml')),
    crimeTypes: rel(join(layout.national, 'crime-types.yaml')),
    questionnaire: optional(join(layout.national, 'questionnaire.yaml')),
    services,
    nationalLeftOut: leftOut,
    serviceTranslations,
    crimeTypeTranslations: listFiles(join(layout.national, 'translations'), '.yaml').filter((f) => f.endsWith('/crime-types.yaml')).map(rel),
    pages,
    withheld: [join(layout.national, 'withheld-numbers.yaml'), join(layout.area, 'withheld-numbers.yaml')].filter((f) => existsSync(f)).map(rel),
  };
}

/** A page file's id, "<lang>/<slug>", from its path in either layer. */
export function pageId(file: string): string {
  return file.replace(/^.*\/pages\//, '').replace(/\.md$/, '');
}

/** A service translation's id, "<lang>/services/<id>", from its path in either layer. */
export function serviceTranslationId(file: string): string {
  return file.replace(/^.*\/translations\//, '').replace(/\.md$/, '');
}
