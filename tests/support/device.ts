// Helpers for the tests of what the site does for a device: the offline copy (service worker) and
// kiosk mode on roadshow tablets.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../../scripts/lib/headers.ts';
import type { OfflineStatus } from '../../src/lib/offline.ts';
import { KIOSK_KEY } from '../../src/scripts/kiosk-setting.ts';
import { t } from './strings.ts';

export { KIOSK_KEY };

/**
 * Nothing a visitor did is kept beyond the tab: no cookie, nothing in sessionStorage after the page
 * is left alone, and in localStorage only the kiosk device setting, when kiosk mode is on.
 */
export async function expectNoVisitorStorage(page: Page, { kiosk }: { kiosk: boolean }): Promise<void> {
  expect(await page.context().cookies()).toEqual([]);
  const stored = await page.evaluate(() => ({ local: Object.entries(localStorage), session: sessionStorage.length }));
  expect(stored.local, 'localStorage holds the kiosk setting, when it is on, and nothing else').toEqual(kiosk ? [[KIOSK_KEY, 'on']] : []);
  expect(stored.session).toBe(0);
}

/** Everything this site's origin keeps on the device, beyond the tab's sessionStorage. */
export interface DeviceTrace {
  workers: number;
  caches: string[];
  databases: number;
  local: number;
  cookies: number;
  /** What the browser counts as stored for the origin (navigator.storage.estimate), in bytes. */
  bytes: number;
}

/** What the site's origin keeps on the device, as the page sees it. */
export async function deviceTrace(page: Page): Promise<DeviceTrace> {
  const cookies = (await page.context().cookies()).length;
  const seen = await page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
    databases: (await indexedDB.databases()).length,
    local: localStorage.length,
    bytes: (await navigator.storage.estimate()).usage ?? -1,
  }));
  return { ...seen, cookies };
}

/** Nothing kept on the device: no worker, no cache, no database, no localStorage, no cookie, 0 bytes. */
export const NO_TRACE: DeviceTrace = { workers: 0, caches: [], databases: 0, local: 0, cookies: 0, bytes: 0 };

/** The visitor's choice: "Save" for a language on the "Use this site without signal" page, until it is all saved. */
export async function saveLanguage(page: Page, code: string, origin = ''): Promise<void> {
  await page.goto(`${origin}/${code}/without-signal/`);
  await page.locator(`button[data-offline-save="${code}"]`).click();
  await waitUntilSaved(page, code);
  await expect(page.locator(`[data-offline-locale="${code}"] [data-offline-state]`)).toHaveText(t(code, 'offline.ready'));
}

/** When the built site in `dir` (dist/ unless given) was built, as its worker says. */
export function builtAt(dir = 'dist'): Date {
  const at = /builtAt:"([^"]+)"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))?.[1];
  if (!at) throw new Error(`no builtAt in ${dir}/sw.js: run npm run build`);
  return new Date(at);
}

/** Asks the page's service worker how much of each language it has saved. */
export function offlineStatus(page: Page): Promise<OfflineStatus> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return new Promise<OfflineStatus>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => resolve(e.data as OfflineStatus);
      registration.active!.postMessage({ type: 'offline-status' }, [channel.port2]);
    });
  });
}

/** Waits until the service worker has saved every file of `locale` (and the shared ones). */
export async function waitUntilSaved(page: Page, locale: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const status = (await offlineStatus(page))[locale];
        return status && status.total > 0 && status.saved === status.total;
      },
      { timeout: 60_000, message: `the ${locale} pages saved for offline use` },
    )
    .toBe(true);
}

/** The names of the caches this site's origin has, each with the addresses it holds. */
export function cached(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const result: Record<string, string[]> = {};
    for (const name of await caches.keys()) result[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return result;
  });
}

/** Every React island on the page has started. */
export async function islandsReady(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/**
 * Answers two questions of whatever the page asks: on the questionnaire (/[lang]/find-help/), the
 * first choice of two questions in turn; on the services page, two of the directory's filters.
 * Returns once the page shows it took them.
 */
export async function answerTwoQuestions(page: Page): Promise<void> {
  await islandsReady(page);
  const main = page.locator('main');
  if (new URL(page.url()).pathname.endsWith('/find-help/')) {
    for (let i = 0; i < 2; i++) {
      const form = main.locator('form').first();
      const before = await form.innerText();
      await form.locator('input[type="radio"], input[type="checkbox"]').first().check();
      await form.locator('button[type="submit"]').first().click();
      await expect(main.locator('form').first()).not.toHaveText(before);
    }
    return;
  }
  const count = page.locator('[data-results-count]');
  const before = await count.innerText();
  await main.locator('select').first().selectOption({ index: 1 });
  await main.locator('input[type="checkbox"]').first().check();
  await expect(count).not.toHaveText(before);
}

/** Where the visitor's answers could still be: nothing, once cleared. */
export async function answersLeft(page: Page): Promise<{ session: string[]; local: string[]; url: string; fields: string[] }> {
  return page.evaluate(() => ({
    session: Object.keys(sessionStorage),
    local: Object.keys(localStorage),
    url: location.search + location.hash,
    // Form fields changed from how the page first showed them.
    fields: [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('main input, main select, main textarea')]
      .filter((f) => {
        if (f instanceof HTMLSelectElement) return f.selectedIndex !== Math.max(0, [...f.options].findIndex((o) => o.defaultSelected));
        if (f instanceof HTMLInputElement && (f.type === 'checkbox' || f.type === 'radio')) return f.checked !== f.defaultChecked;
        return f.value !== f.defaultValue;
      })
      .map((f) => f.name || f.id),
  }));
}


/**
 * Serves a copy of dist/ on its own port, as a static host would (with public/_headers), so a test
 * can publish a new version of the site under a browser's feet without touching dist/ for the
 * other tests. `close` stops it and deletes the copy.
 */
export async function serveCopy(): Promise<{ origin: string; dir: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-site-'));
  cpSync('dist', dir, { recursive: true });
  // dev: files are read afresh on each request, so changes to the copy are served at once.
  const assets = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    // Read afresh too, so a test can change the headers of its copy.
    const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
    assets(req, res, () => {
      // As a static host does (and npm run serve): the site's own 404 page.
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    dir,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
