// Static tier: what the build holds as a whole: the sitemap, links between pages, byte budgets,
// numbers that must never be published, and the headers a static host sends.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/lib/headers.ts';
import { BUDGET, pageWeight } from '../../scripts/lib/page-weight.ts';
import { phoneAction } from '../../src/lib/contact.ts';
import { findNumbers } from '../../src/lib/withheld.ts';
import { area, content, defaultLocale, locales, services } from '../support/content.ts';
import { readPages } from '../support/dist.ts';
import { DIST, fileOf, inLocale } from '../support/site.ts';

const pages = readPages();
const site = new URL(area.siteUrl);

describe('the sitemap', () => {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const entries = new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => [
      loc!,
      [...rest!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, lang, href]) => `${lang} ${href}`),
    ]),
  );

  const noindex = (p: (typeof pages)[number]) => p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';

  it('lists every page of every language (but pages for staff), each with every language version as an hreflang alternate', () => {
    const problems: string[] = [];
    for (const p of pages.filter((x) => x.locale && !noindex(x))) {
      const loc = new URL(p.path, site).href;
      const alternates = entries.get(loc);
      if (!alternates) {
        problems.push(`${p.path}: not in the sitemap`);
        continue;
      }
      for (const l of locales) {
        if (!alternates.includes(`${l.code} ${new URL(inLocale(p.path, l.code), site).href}`)) problems.push(`${p.path}: no ${l.code} alternate`);
      }
    }
    expect(problems).toEqual([]);
    // ...and nothing that was not built.
    const built = new Set(pages.filter((p) => !noindex(p)).map((p) => new URL(p.path, site).href));
    expect([...entries.keys()].filter((loc) => !built.has(loc))).toEqual([]);
  });

  it('leaves out the staff page for kiosk tablets, which no page links to', () => {
    const staff = pages.filter(noindex).map((p) => p.path);
    expect(staff.length).toBe(locales.length);
    expect(staff.every((p) => p.endsWith('/kiosk/'))).toBe(true);
    // Only the staff pages link to each other (their language links).
    const linking = pages.filter((p) => !noindex(p) && p.doc.querySelectorAll('a[href]').some((a) => /\/kiosk\/$/.test(a.getAttribute('href')!)));
    expect(linking.map((p) => p.path)).toEqual([]);
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain(new URL('/sitemap-0.xml', site).href);
  });
});

it('every link inside the site points at a page that exists, and at an anchor that exists', () => {
  const ids = new Map(pages.map((p) => [p.path, new Set(p.doc.querySelectorAll('[id]').map((e) => e.getAttribute('id')!))]));
  const broken: string[] = [];
  let checked = 0;
  for (const p of pages) {
    for (const a of p.doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      const own = href.startsWith(site.origin) ? href.slice(site.origin.length) : href;
      if (!/^[/#]/.test(own) || own.startsWith('//')) continue;
      checked += 1;
      const [target, anchor] = own.split('#') as [string, string | undefined];
      const path = target === '' ? p.path : target.replace(/\?.*$/, '');
      const exists = ids.has(path) || (existsSync(join(DIST, path)) && !path.endsWith('/'));
      if (!exists) broken.push(`${p.path} -> ${href}`);
      else if (anchor && !ids.get(path)?.has(decodeURIComponent(anchor))) broken.push(`${p.path} -> ${href} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length * 10);
});

describe('byte budgets (gzip, HTML + CSS + JS): one round trip for a page without an island', () => {
  const weights = pages.map((p) => pageWeight(DIST, p.file));
  const kinds = new Map<string, typeof weights>();
  pages.forEach((p, i) => kinds.set(p.kind, [...(kinds.get(p.kind) ?? []), weights[i]!]));
  for (const [kind, list] of kinds) {
    it(`${kind}: every page within ${BUDGET.plain / 1024} KiB, or ${BUDGET.island / 1024} KiB with an island`, () => {
      const over = list
        .filter((w) => w.total > (w.island ? BUDGET.island : BUDGET.plain))
        .map((w) => `${w.path}: ${w.total} bytes (html ${w.html} + css ${w.css} + js ${w.js}) > ${w.island ? BUDGET.island : BUDGET.plain}`);
      expect(over).toEqual([]);
    });
  }
});

describe('numbers that must never be published', () => {
  /** Files that are not text, even once un-gzipped (images, fonts, the search engine's WebAssembly). */
  const binary = (name: string) => ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.woff', '.woff2', '.wasm'].includes(extname(name)) || name.startsWith('wasm.');
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !binary(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      let bytes = readFileSync(path);
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      return { path, text: bytes.toString('utf8') };
    });

  it('the scan covers the pages and the search index, and finds a published number however the site writes it', () => {
    const fragments = files.filter((f) => f.path.endsWith('.pf_fragment'));
    expect(files.filter((f) => f.path.endsWith('.html')).length).toBe(pages.length);
    expect(fragments.length).toBeGreaterThanOrEqual(services.length * locales.length);
    // Unpacked, a fragment is readable page text: a service's name is found in it.
    expect(fragments.some((f) => f.text.includes(services[0]!.name))).toBe(true);
    const phone = services.flatMap((s) => s.contact.phones).find((p) => !p.short && p.kind === 'voice')!;
    const published = files.filter((f) => findNumbers(f.text, [{ number: phone.display }]).length > 0);
    expect(published.some((f) => f.path.endsWith('.html'))).toBe(true);
    expect(published.some((f) => f.path.endsWith('.pf_fragment'))).toBe(true);
  });

  // The withheld lists (national and the area's). Each area's own tests check that its list holds
  // every lead number it knows of (e.g. content/areas/<area>/tests/lead-numbers.ts).
  it('no withheld or lead number appears anywhere in the built site, in any spacing', () => {
    const numbers = [...new Set(content.withheld.map((w) => w.number))];
    expect(numbers.length).toBeGreaterThan(0);
    const found = files.flatMap((f) => findNumbers(f.text, numbers.map((number) => ({ number }))).map((n) => `${f.path}: ${JSON.stringify(n)}`));
    expect(found).toEqual([]);
  });

  it("a service page's phone links are exactly the service's published numbers", () => {
    const problems: string[] = [];
    for (const s of services) {
      for (const l of locales) {
        const html = readFileSync(fileOf(`/${l.code}/services/${s.id}/`), 'utf8');
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        const linked = new Set([...main.matchAll(/href="((?:tel|sms):[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')));
        const expected = new Set(s.contact.phones.map((p) => phoneAction(p).href).filter((h) => /^(tel|sms):/.test(h)));
        const extra = [...linked].filter((h) => !expected.has(h));
        const missing = [...expected].filter((h) => !linked.has(h));
        if (extra.length || missing.length) problems.push(`/${l.code}/services/${s.id}/: extra ${extra.join(' ')} missing ${missing.join(' ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the headers a static host sends (public/_headers, copied to dist/)', () => {
  const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));

  it('every page gets the CSP with frame-ancestors, no referrer, and no sniffing', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const h = Object.fromEntries(Object.entries(headersFor(rules, p.path)).map(([k, v]) => [k.toLowerCase(), v]));
      if (!/default-src 'self'.*frame-ancestors 'none'/.test(h['content-security-policy'] ?? '')) problems.push(`${p.path}: CSP ${h['content-security-policy']}`);
      if (h['referrer-policy'] !== 'no-referrer') problems.push(`${p.path}: Referrer-Policy ${h['referrer-policy']}`);
      if (h['x-content-type-options'] !== 'nosniff') problems.push(`${p.path}: X-Content-Type-Options ${h['x-content-type-options']}`);
      if (/https?:|\*/.test(h['content-security-policy'] ?? '')) problems.push(`${p.path}: the header CSP names another host`);
      if (!/^max-age=\d{8,}/.test(h['strict-transport-security'] ?? '')) problems.push(`${p.path}: Strict-Transport-Security ${h['strict-transport-security']}`);
      for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics']) {
        if (!(h['permissions-policy'] ?? '').split(/,\s*/).includes(`${feature}=()`)) problems.push(`${p.path}: Permissions-Policy lacks ${feature}=()`);
      }
      // A corrected phone number must show on the next visit, and no page may stay on the device
      // (nor in the back/forward cache, where Back without JavaScript would show its answers).
      if (h['cache-control'] !== 'no-store') problems.push(`${p.path}: Cache-Control ${h['cache-control']}`);
    }
    expect(problems).toEqual([]);
  });

  it('files named by their content are kept for good; the service worker never is', () => {
    const hashed = readdirSync(join(DIST, '_astro')).map((f) => `/_astro/${f}`);
    const index = readdirSync(join(DIST, 'pagefind', 'index')).map((f) => `/pagefind/index/${f}`);
    expect(hashed.length + index.length).toBeGreaterThan(2);
    const cacheControl = (path: string) => Object.entries(headersFor(rules, path)).find(([k]) => k.toLowerCase() === 'cache-control')?.[1];
    expect([...hashed, ...index].filter((f) => cacheControl(f) !== 'public, max-age=31536000, immutable')).toEqual([]);
    expect(cacheControl('/sw.js')).toMatch(/no-store/);
    // Unhashed search files (pagefind.js, pagefind-entry.json) are fetched afresh each time.
    expect(cacheControl('/pagefind/pagefind.js')).toBe('no-store');
  });
});

it('the root forwards to the default language without JavaScript, and lists every language', () => {
  const root = readFileSync(fileOf('/'), 'utf8');
  expect(root).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=/${defaultLocale.code}/"`));
  for (const l of locales) expect(root).toContain(`href="/${l.code}/"`);
});
