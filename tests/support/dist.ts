// The built site read once, for the static tier (tests/dist/, Vitest, no browser): every page's
// HTML, parsed. Checks that need only the HTML and the files run here over every page.
import { existsSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages, fileOf, kindOf, localeOf } from './site.ts';
import type { Locale } from './content.ts';

export interface BuiltPage {
  /** URL path: "/en/services/x/", "/404", "/". */
  path: string;
  file: string;
  kind: string;
  locale: Locale | undefined;
  html: string;
  doc: HTMLElement;
}

const parsed = new Map<string, BuiltPage>();

/** The page at a path, parsed (once per test file). */
export function page(path: string): BuiltPage {
  let p = parsed.get(path);
  if (!p) {
    const file = fileOf(path);
    if (!existsSync(file)) throw new Error(`${path} is not a built page (no ${file})`);
    const html = readFileSync(file, 'utf8');
    p = { path, file, kind: kindOf(path), locale: localeOf(path), html, doc: parse(html, { comment: false }) };
    parsed.set(path, p);
  }
  return p;
}

/** Every built page, parsed. */
export const readPages = (): BuiltPage[] => builtPages().map(page);

/** The visible text of an element, with white space folded. */
export const text = (e: HTMLElement | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
