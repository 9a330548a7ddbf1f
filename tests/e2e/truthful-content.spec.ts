import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/lib/content-files.ts';
import { monthYear } from '../../src/lib/dates.ts';
import { findNumbers } from '../../src/lib/withheld.ts';
import { LEADS } from '../lead-numbers.ts';

// Truthful content: no number that shared/facts does not verify may appear anywhere in the built
// site: not in a page, not in the search index, not in a script, however it is spaced.
const content = checkContent('content', '.');
const en = JSON.parse(readFileSync('src/i18n/locales/en.json', 'utf8')) as Record<string, string>;

/** Files that are not text, even once un-gzipped (images, fonts, the search engine's WebAssembly). */
const binary = (name: string) => ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.woff', '.woff2', '.wasm'].includes(extname(name)) || name.startsWith('wasm.');

/** Every text file of the built site, with Pagefind's gzipped index files unpacked. */
function builtTexts(): Array<{ path: string; text: string }> {
  return readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !binary(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      let bytes = readFileSync(path);
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      return { path, text: bytes.toString('utf8') };
    });
}

const files = builtTexts();

test('the scan covers the pages and the search index', () => {
  expect(files.filter((f) => f.path.endsWith('.html')).length).toBeGreaterThan(50);
  const fragments = files.filter((f) => f.path.endsWith('.pf_fragment'));
  expect(fragments.length).toBeGreaterThan(50);
  // Unpacked, a fragment is readable page text, so a number in it would be found.
  expect(fragments.some((f) => f.text.includes('Victim Support'))).toBe(true);
  // The same search does find a published number, although the site writes it differently
  // ("0808 200 0247", "tel:+448082000247") from the provider's page ("0808 2000 247").
  const published = files.filter((f) => findNumbers(f.text, [{ number: '0808 2000 247' }]).length > 0);
  expect(published.some((f) => f.path.endsWith('.html'))).toBe(true);
  expect(published.some((f) => f.path.endsWith('.pf_fragment'))).toBe(true);
});

const numbers = [...new Set([...LEADS, ...content.withheld.map((w) => w.number)])];
for (const number of numbers) {
  test(`${number} appears nowhere in the built site, in any spacing`, () => {
    const where = files.filter((f) => findNumbers(f.text, [{ number }]).length > 0).map((f) => f.path);
    expect(where).toEqual([]);
  });
}

test('every service page shows when it was last checked and how to report a problem', () => {
  expect(content.services.length).toBeGreaterThan(20);
  for (const s of content.services) {
    const html = readFileSync(`dist/en/services/${s.id}/index.html`, 'utf8');
    expect(html, s.id).toContain(en['service.lastChecked']!.replace('{{date}}', monthYear(s.lastChecked, 'en')));
    expect(html, s.id).toContain(en['service.reportProblem']!);
  }
});

test('every phone and text link, on every page, dials the number it shows', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const f of files.filter((f) => f.path.endsWith('.html'))) {
    for (const [, href, inner] of f.text.matchAll(/<a [^>]*href="((?:tel|sms):[^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
      const digits = href!.replace(/^(tel|sms):/, '').replace(/\?.*$/, '').replace(/^\+44/, '0').replace(/\D/g, '');
      const shown = inner!.replace(/<[^>]+>/g, '').replace(/\D/g, '');
      checked += 1;
      if (!shown.includes(digits)) wrong.push(`${f.path}: ${href} shows "${inner!.replace(/<[^>]+>/g, '').trim()}"`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(wrong).toEqual([]);
});
