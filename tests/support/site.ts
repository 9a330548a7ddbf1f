// The built site in dist/, as the tests see it: every page by its address, its kind
// ("/[lang]/services/[slug]/"), its locale, and a sample of pages with one entry of every kind in
// every locale. Each locale takes a different entry of a kind, so a run sees more of the content.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageType } from '../../scripts/lib/page-weight.ts';
import { locales, type Locale } from './content.ts';

export const DIST = 'dist';

let pages: string[] | undefined;

/** Every HTML page of the built site as a URL path ("/en/services/", "/404"), sorted. */
export function builtPages(): string[] {
  pages ??= readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'))
    .map((e) => '/' + relative(DIST, join(e.parentPath, e.name)).replace(/index\.html$/, '').replace(/\.html$/, ''))
    .sort();
  return pages;
}

/** The file in dist/ that a path is served from. */
export const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : `${path}.html`);

/** The locale a built page belongs to, from its first path segment (none for "/" and "/404"). */
export function localeOf(path: string): Locale | undefined {
  const code = path.split('/')[1];
  return locales.find((l) => l.code === code);
}

/** The kind of page: "/[lang]/services/[slug]/", "/404", "/". */
export const kindOf = (path: string) => (path === '/404' ? '/404' : pageType(path));

/** The path of a page in another locale: "/en/services/x/" -> "/ur/services/x/". */
export const inLocale = (path: string, code: string) => path.replace(/^\/[^/]+/, `/${code}`);

export interface Sample {
  locale: Locale;
  kind: string;
  path: string;
}

/**
 * One page of every kind in each of `codes`: locale number i takes the i-th entry of each kind
 * (wrapping), so the eight locales together see eight services, eight information pages...
 */
export function samplePages(codes: string[] = locales.map((l) => l.code)): Sample[] {
  const out: Sample[] = [];
  locales.forEach((locale, i) => {
    if (!codes.includes(locale.code)) return;
    const byKind = new Map<string, string[]>();
    for (const path of builtPages().filter((p) => localeOf(p) === locale)) {
      const kind = kindOf(path);
      byKind.set(kind, [...(byKind.get(kind) ?? []), path]);
    }
    for (const [kind, paths] of byKind) out.push({ locale, kind, path: paths[i % paths.length]! });
  });
  return out;
}

/** The first built page under a folder of a locale ("/en/services/x/"). */
export function firstUnder(code: string, folder: string): string | undefined {
  return builtPages().find((p) => p.startsWith(`/${code}/${folder}/`) && p !== `/${code}/${folder}/`);
}
