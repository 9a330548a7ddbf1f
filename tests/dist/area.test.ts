// The built site serves one area (SIGNPOST_AREA, or the default): it carries that area's places and
// no other area's, in any page's text or title, nor in the open data files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { area, areaId, content } from '../support/content.ts';
import { readPages, text } from '../support/dist.ts';
import { areaNames, wordPattern } from '../support/places.ts';

const all = areaNames();
const own = all.find((a) => a.id === areaId)!;
// A name this area shares with another, or that is a word of one of its own names ("Church" in
// Church Gresley), is this area's own.
const ownNames = [...own.places, ...own.serviceNames];
const foreign = [...new Set(all.filter((a) => a.id !== areaId).flatMap((a) => [...a.places, ...a.serviceNames]))].filter(
  (name) => !ownNames.some((mine) => [...mine.matchAll(wordPattern([name]))].length > 0),
);
const pattern = wordPattern(foreign);

/** The open data and lists written beside the pages: the Open Referral feed, the CSV, my-list data. */
function dataFiles(): string[] {
  return readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(json|csv|txt|xml)$/.test(e.name) && !e.parentPath.includes('pagefind'))
    .map((e) => join(e.parentPath, e.name));
}

describe(`the site built for ${area.name}`, () => {
  it('the other areas give names to look for', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(foreign.length).toBeGreaterThan(10);
  });

  it('names its own area and districts', () => {
    const home = readPages().find((p) => p.path === `/${area.defaultLocale}/`)!;
    expect(home.html).toContain(area.name);
    const districtsPage = readPages().find((p) => p.path === `/${area.defaultLocale}/districts/${content.districts[0]!.id}/`)!;
    expect(text(districtsPage.doc.querySelector('h1'))).toContain(content.districts[0]!.name);
  });

  it("no page's text, title or description names another area's place or service", () => {
    const found = readPages().flatMap((p) => {
      const shown = [text(p.doc.querySelector('body')), text(p.doc.querySelector('title')), p.doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''].join(' ');
      return [...new Set([...shown.matchAll(pattern)].map((m) => m[0]))].map((name) => `${p.path}: ${name}`);
    });
    expect(found).toEqual([]);
  });

  it("no open data file names another area's place or service", () => {
    const files = dataFiles();
    expect(files.length).toBeGreaterThan(3);
    const found = files.flatMap((f) => [...new Set([...readFileSync(f, 'utf8').matchAll(pattern)].map((m) => m[0]))].map((name) => `${f}: ${name}`));
    expect(found).toEqual([]);
  });
});
