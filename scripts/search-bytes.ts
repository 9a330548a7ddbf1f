// `npm run measure:search`: what a first search costs on the wire. Serves the built site (dist/),
// opens the search page in Chromium, types a typical query and lists every file the search
// fetched (Pagefind's JavaScript, its WebAssembly, index metadata, index chunks, result fragments)
// with its size as sent by this server, plus the gzip size for the text files (pagefind.js and
// friends), which a compressing host would send instead; Pagefind's own index files are already
// compressed. English and one other locale by default; name locales to measure those instead
// (`npm run measure:search -- ur pl`). Prints figures; never fails.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import sirv from 'sirv';
import { checkContent } from '../src/lib/content-files.ts';
import { chosenAreaId } from '../src/lib/content-layers.ts';
import { headersFor, parseHeaders } from './lib/headers.ts';
import { pageWeight } from './lib/page-weight.ts';

const dist = 'dist';
/** A typical first query per locale ("domestic abuse" in its words); a locale not listed here searches the English one. */
const QUERIES: Record<string, string> = {
  en: 'domestic abuse',
  pl: 'przemoc domowa',
  ro: 'violență domestică',
  sk: 'domáce násilie',
  pa: 'ਘਰੇਲੂ ਹਿੰਸਾ',
  ur: 'گھریلو تشدد',
  ar: 'عنف أسري',
  uk: 'домашнє насильство',
};

interface Fetched {
  path: string;
  /** Body bytes as this server sent them (no HTTP compression). */
  body: number;
  /** What a host that gzips text would send (the same for files that are compressed already). */
  gzip: number;
}

const KINDS: Array<[string, RegExp]> = [
  ['Pagefind JS', /\/pagefind\/pagefind(-worker)?\.js$/],
  ['WASM', /\/pagefind\/wasm\.[^/]+\.pagefind$/],
  ['index metadata', /\/pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)$/],
  ['index chunks', /\/pagefind\/index\//],
  ['filter chunks', /\/pagefind\/filter\//],
  ['result fragments', /\/pagefind\/fragment\//],
];
const kindOf = (path: string) => KINDS.find(([, re]) => re.test(path))?.[0] ?? 'other';
const kib = (n: number) => `${(n / 1024).toFixed(1).padStart(6)} KiB`;

function serve(): Promise<Server> {
  const assets = sirv(dist, { etag: true, extensions: ['html'] });
  const headersFile = join(dist, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
    assets(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** gzip size of a text file in dist/ (Pagefind's binary files are gzip data already). */
function gzipSize(path: string, body: number): number {
  const file = join(dist, decodeURIComponent(path));
  if (!/\.(js|json|css|html)$/.test(path) || !existsSync(file)) return body;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

async function firstSearch(page: Page, base: string, locale: string, query: string): Promise<{ fetched: Fetched[]; results: string }> {
  const fetched: Fetched[] = [];
  let searching = false;
  const pending: Array<Promise<void>> = [];
  page.on('requestfinished', (request) => {
    if (!searching) return;
    pending.push(
      request.sizes().then((sizes) => {
        const path = new URL(request.url()).pathname;
        // Chromium reports no body size for a worker's own script (and can report a negative one);
        // this server sends files as they are, so the file's size is what went over the wire.
        const file = join(dist, decodeURIComponent(path));
        const body = sizes.responseBodySize > 0 ? sizes.responseBodySize : existsSync(file) ? statSync(file).size : 0;
        fetched.push({ path, body, gzip: gzipSize(path, body) });
      }),
    );
  });
  await page.goto(`${base}/${locale}/search/`);
  const box = page.getByRole('searchbox');
  await box.waitFor();
  searching = true;
  await box.fill(query);
  await page.locator('[data-search-state="done"]').waitFor();
  const results = (await page.locator('[data-search-status]').textContent()) ?? '';
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return { fetched, results };
}

async function main() {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
    console.log('No search index in dist/: run `npm run build` first.');
    return;
  }
  const area = checkContent('content', '.', chosenAreaId('content')).area!;
  const known = area.locales.map((l) => l.code);
  const asked = process.argv.slice(2);
  const unknown = asked.filter((code) => !known.includes(code));
  if (unknown.length > 0) {
    console.log(`Not a language of this site: ${unknown.join(', ')} (it has ${known.join(', ')}).`);
    return;
  }
  const other = known.find((code) => code !== area.defaultLocale);
  const locales = asked.length > 0 ? asked : [area.defaultLocale, ...(other ? [other] : [])];
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    for (const locale of locales) {
      const query = QUERIES[locale] ?? QUERIES.en!;
      // A first visit: nothing saved yet, and no service worker answering from (or filling) its copy.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const { fetched, results } = await firstSearch(page, base, locale, query);
      await context.close();
      const island = pageWeight(dist, join(dist, locale, 'search', 'index.html'));
      console.log(`\n/${locale}/search/, first search for "${query}" (${results.trim()})`);
      console.log(`  the page itself (gzip, before any search): ${kib(island.total)} (html ${kib(island.html).trim()}, js ${kib(island.js).trim()})`);
      console.log(`  ${'what the search fetched'.padEnd(22)} files      as sent   gzip-served`);
      let sent = 0;
      let gz = 0;
      for (const [kind] of [...KINDS, ['other', /./] as const]) {
        const files = fetched.filter((f) => kindOf(f.path) === kind);
        if (files.length === 0) continue;
        const body = files.reduce((n, f) => n + f.body, 0);
        const gzip = files.reduce((n, f) => n + f.gzip, 0);
        sent += body;
        gz += gzip;
        console.log(`  ${kind.padEnd(22)} ${String(files.length).padStart(5)}  ${kib(body)}  ${kib(gzip)}${kind === 'other' ? `  (${files.map((f) => f.path).join(', ')})` : ''}`);
      }
      console.log(`  ${'total'.padEnd(22)} ${String(fetched.length).padStart(5)}  ${kib(sent)}  ${kib(gz)}`);
      if (process.env.DEBUG) for (const f of fetched) console.log(`    ${f.path} ${f.body}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.log(`Could not measure the search: ${error instanceof Error ? error.message : String(error)}`);
});
