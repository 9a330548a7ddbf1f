// The content the site was built from, read once per test process: the area's settings, its
// locales, services, crime types and districts. Tests of the code take every expectation from
// here (never a named service, district or English sentence), so another area's content runs
// them unchanged. Tests of an area's own content live in its folder, content/areas/<area>/tests/.
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/content-files.ts';
import { chosenAreaId, contentLayout, siteFiles } from '../../src/lib/content-layers.ts';

/** The area being built and tested: SIGNPOST_AREA, or content/areas.yaml's default. */
export const areaId = chosenAreaId('content');
export const content = checkContent('content', '.', areaId);
/** The files the site is built from (paths relative to content/). */
export const files = siteFiles(contentLayout('content', areaId));
/** A service's file, from the repository root. */
export const serviceFile = (id: string) => join('content', files.services.find((f) => f.endsWith(`/services/${id}.md`))!);
/** An information page's file ("<lang>/<slug>"), from the repository root. */
export const pageFile = (id: string) => join('content', files.pages.find((f) => f.endsWith(`/pages/${id}.md`))!);
if (!content.area) throw new Error(`content/ does not load:\n${content.problems.map(formatProblem).join('\n')}`);
export const area = content.area;
export const locales = area.locales;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = locales.find((l) => l.code === area.defaultLocale)!;
/** The first right-to-left locale, when the area has one. */
export const rtlLocale: Locale | undefined = locales.find((l) => l.dir === 'rtl');
/**
 * Where journeys run: the default locale and one right-to-left locale. Every locale only where
 * the language changes the result (search queries, fonts per script, plural forms, label lengths).
 */
export const journeyLocales: Locale[] = rtlLocale ? [defaultLocale, rtlLocale] : [defaultLocale];

/** Services in the order the site lists them (by `order`, then name). */
export const services = [...content.services].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
export type ContentService = (typeof services)[number];

/** The districts in the order every list and select on the site shows them (by name). */
export const districtsByName = [...content.districts].sort((a, b) => a.name.localeCompare(b.name, 'en'));
