import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dayMonthYear } from '../../src/lib/dates.ts';
import { ukDay } from '../../src/lib/events.ts';
import { LIST_KEY } from '../../src/lib/my-list.ts';
import { FULL_CHROMIUM, blockThirdParties, cspViolations, recordCspViolations, stubQuickExitDestination, watchBlanking } from '../support/browser.ts';
import { area, journeyLocales, locales, services } from '../support/content.ts';
import { KIOSK_KEY, NO_TRACE, answerTwoQuestions, builtAt, cached, deviceTrace, islandsReady, saveLanguage, serveCopy, waitUntilSaved } from '../support/device.ts';
import { builtPages, fileOf, firstUnder } from '../support/site.ts';
import { t } from '../support/strings.ts';

// The saved copy for use without signal: only when the visitor asks for it ("Use this site without
// signal") or on a kiosk tablet; pages from it say how old they are; with a connection the network
// wins, so a correction shows at once; the quick exit deletes it; a retiring worker removes it.
// The pages visited offline are chosen from the built site. An ordinary visit leaving nothing is
// tested in pages.spec.ts.

// Saving a language takes a few seconds on a busy machine, on top of each visit.
test.describe.configure({ timeout: 120_000 });
// In the full browser, as a person's: Chromium's headless shell, which the other tests use, handles
// a service worker's update differently (seen with Debian's 156: the new worker kept waiting), and
// lets its offline error page replace a page being left before that page has blanked itself.
test.use({ launchOptions: async ({ launchOptions }, use) => use({ ...launchOptions, executablePath: FULL_CHROMIUM }) });

const pages = builtPages();
const built = (path: string) => pages.includes(path);
/** Every file in dist/, as a path inside it ("pagefind/index/en_1a2b.pf_index"). */
const distFiles = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative('dist', join(e.parentPath, e.name)));
/** A service whose name search should find (the first in the directory). */
const service = services[0]!;
/** The page of a service with a number to call, to change in a "redeploy" (the first such in the directory). */
const mainOf = (path: string) => readFileSync(fileOf(path), 'utf8').split('<main')[1] ?? '';
const phoned = services.find((s) => /href="tel:/.test(mainOf(`/${area.defaultLocale}/services/${s.id}/`)))!;
/** The saved-copy notice a page served from the copy built at `at` shows, in `code`. */
const notice = (code: string, age: 'recent' | 'old', at = builtAt()) =>
  t(code, age === 'recent' ? 'offline.savedCopy' : 'offline.savedCopyOld', { date: dayMonthYear(new Date(`${ukDay(at)}T00:00:00Z`), code) });
const savedNotice = (page: Page) => page.locator('main [data-saved-copy]');

/** A visit that must work without a connection: the page, and what to do on it. */
interface Visit {
  path: string;
  what: string;
  use?: (page: Page, locale: string) => Promise<void>;
}

function visits(locale: string): Visit[] {
  const list: Array<Visit | false> = [
    {
      path: `/${locale}/services/`,
      what: 'the services page, filtering',
      use: async (page) => answerTwoQuestions(page),
    },
    { path: firstUnder(locale, 'services')!, what: 'a service page' },
    { path: `/${locale}/roadshows/`, what: 'the roadshows page' },
    built(`/${locale}/find-help/`) && {
      path: `/${locale}/find-help/`,
      what: 'the questionnaire, answering two questions',
      use: async (page) => answerTwoQuestions(page),
    },
    built(`/${locale}/search/`) && {
      path: `/${locale}/search/`,
      what: 'search, finding a service',
      use: async (page, code) => {
        await islandsReady(page);
        await page.getByRole('searchbox').first().fill(service.name);
        await expect(page.locator(`main a[href="/${code}/services/${service.id}/"]`).first()).toBeVisible();
      },
    },
  ];
  return list.filter((v): v is Visit => Boolean(v));
}

/** The site's origin keeps nothing, seen from a fresh page of it (the worker may take a moment to finish). */
async function expectNothingKept(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(async () => (await deviceTrace(page)).workers + (await deviceTrace(page)).caches.length, { timeout: 30_000 }).toBe(0);
}

/** Checks that the saved copy holds every page, script and search file of `code` and the shared files, and nothing else. */
async function expectSavedExactly(page: Page, code: string): Promise<void> {
  const caches = await cached(page);
  const origin = new URL(page.url()).origin;
  const saved = Object.values(caches)
    .flat()
    .map((url) => new URL(url))
    .map((url) => {
      expect(url.origin, 'only this site').toBe(origin);
      return url.pathname;
    });
  const savedFiles = new Set(saved.map((p) => (p.endsWith('/') ? `${p}index.html` : p).slice(1)));
  // Only this language's cache and the shared one, and only files of the built site.
  expect(Object.keys(caches).sort()).toEqual([`signpost-offline-${code}`, 'signpost-offline-shared'].sort());
  for (const file of savedFiles) expect(distFiles, `${file} is a built file`).toContain(file);
  // Every page of the language, every script and style, this language's search index.
  const mine = distFiles.filter((f) => f.startsWith(`${code}/`) || f.startsWith('_astro/') || new RegExp(`^pagefind/(index|fragment|filter)/${code}_|^pagefind/pagefind\\.${code}_`).test(f));
  expect(mine.filter((f) => f.startsWith('pagefind/')).length, 'a search index for the language').toBeGreaterThan(0);
  expect(mine.filter((f) => !savedFiles.has(f))).toEqual([]);
  // Nothing of another language.
  for (const other of locales.filter((l) => l.code !== code)) {
    expect([...savedFiles].filter((f) => f.startsWith(`${other.code}/`) || f.includes(`/${other.code}_`) || f.includes(`.${other.code}_`))).toEqual([]);
  }
}

// In the default and a right-to-left locale: what is saved is chosen by locale code, the same way
// for each. The default locale leaves by a click on the exit, the other by Shift three times.
for (const locale of journeyLocales) {
  const code = locale.code;
  const planned = visits(code);
  const byShift = code !== area.defaultLocale;

  test(`${code}: Save keeps exactly the language; without a connection every kind of page works and says it is a saved copy from the build date; Exit (${byShift ? 'Shift three times' : 'a click'}) then deletes the copy and the worker`, async ({ context, page }) => {
    // Up to 90 s of it waiting for the browser to give the space back after the exit.
    test.setTimeout(240_000);
    const offsite = await blockThirdParties(context);
    await stubQuickExitDestination(context);
    await recordCspViolations(context);
    // Nothing before the visitor asks.
    await page.goto(`/${code}/without-signal/`);
    expect(await deviceTrace(page)).toEqual(NO_TRACE);
    await saveLanguage(page, code);
    const afterSave = await deviceTrace(page);
    expect(afterSave.workers).toBe(1);
    await expectSavedExactly(page, code);
    console.log(`${code}: bytes stored after Save: ${afterSave.bytes}`);

    // Online, pages come from the network and carry no notice.
    await page.goto(`/${code}/roadshows/`);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(savedNotice(page)).toHaveCount(0);

    await context.setOffline(true);
    for (const visit of planned) {
      const response = await page.goto(visit.path);
      expect(response?.status(), visit.path).toBe(200);
      expect(response?.fromServiceWorker(), `${visit.path} came from the saved copy`).toBe(true);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(savedNotice(page), visit.path).toHaveText(notice(code, 'recent'));
      await expect(page.locator('a[data-quick-exit]')).toBeVisible();
      await visit.use?.(page, code);
      expect(await cspViolations(page), visit.path).toEqual([]);
    }
    // Really without a connection: a page that was never built (so never saved) cannot load.
    const missing = await page.goto(`/${code}/no-such-page/`).then(
      () => 'loaded',
      (e: Error) => e.message,
    );
    expect(missing).toContain('ERR_INTERNET_DISCONNECTED');

    // Back online, the quick exit: the page goes at once, and the copy and worker follow.
    await context.setOffline(false);
    await page.goto(`/${code}/services/`);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the page is served by the worker').toBe(true);
    if (byShift) for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    else await page.locator('a[data-quick-exit]').click();
    await expect(page.locator('#stub')).toBeVisible();
    await expectNothingKept(page, `/${code}/`);
    expect({ ...(await deviceTrace(page)), bytes: 0 }).toEqual(NO_TRACE);
    if (!byShift) {
      // The browser gives the space back once the unregistered worker has stopped (about 30 s idle).
      const exited = Date.now();
      await expect.poll(async () => (await deviceTrace(page)).bytes, { timeout: 90_000, intervals: [2000] }).toBe(0);
      console.log(`${code}: bytes stored after Exit: 0, ${Math.round((Date.now() - exited) / 1000)} s after it`);
    }
    expect(offsite).toEqual([]);
  });
}

test('the "Remove the saved copy" button deletes it; the page says so', async ({ context, page }) => {
  await blockThirdParties(context);
  const lang = area.defaultLocale;
  await saveLanguage(page, lang);
  await page.getByRole('button', { name: t(lang, 'offline.remove') }).click();
  await expect(page.locator('[data-offline-message]')).toHaveText(t(lang, 'offline.removed'));
  await expect(page.locator(`[data-offline-locale="${lang}"] [data-offline-state]`)).toHaveText(t(lang, 'offline.none'));
  await expectNothingKept(page, `/${lang}/`);
});

test('a kiosk tablet saves each language it shows without being asked, and its exit clears the visit but keeps the copy', async ({ context, page }) => {
  await blockThirdParties(context);
  const exits = await stubQuickExitDestination(context);
  const lang = area.defaultLocale;
  await page.addInitScript((k) => localStorage.setItem(k, 'on'), KIOSK_KEY);
  await page.goto(`/${lang}/kiosk/`);
  // The kiosk page shows the language being saved, then ready; the others not saved.
  await expect(page.locator(`[data-offline-locale="${lang}"] [data-offline-state]`)).toHaveText(t(lang, 'offline.ready'), { timeout: 60_000 });
  for (const other of locales.filter((l) => l.code !== lang)) {
    await expect(page.locator(`[data-offline-locale="${other.code}"] [data-offline-state]`)).toHaveText(t(lang, 'offline.none'));
  }
  await page.goto(`/${lang}/services/`);
  await page.evaluate((key) => sessionStorage.setItem(key, '["x"]'), LIST_KEY);
  await page.locator('a[data-quick-exit]').click();
  await expect(page.locator('#stub')).toBeVisible();
  expect(exits).toHaveLength(1);
  await page.goto(`/${lang}/`);
  await waitUntilSaved(page, lang);
  const trace = await deviceTrace(page);
  expect(trace.workers).toBe(1);
  expect(trace.caches.length).toBe(2);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('without a connection, the quick exit still hides the page, clears the tab and leaves (to the browser’s offline page)', async ({ context, page }) => {
  await blockThirdParties(context);
  const blanked = await watchBlanking(page);
  const lang = area.defaultLocale;
  await saveLanguage(page, lang);
  await context.setOffline(true);
  await page.goto(`/${lang}/roadshows/`);
  await page.evaluate((key) => sessionStorage.setItem(key, '["x"]'), LIST_KEY);
  await page.locator('a[data-quick-exit]').click({ noWaitAfter: true });
  await expect.poll(() => blanked).toEqual([`/${lang}/roadshows/ display:none storage:0`]);
  await expect.poll(() => page.url()).not.toContain('/roadshows/');
});

test('a tap on the exit (touch screen) goes straight to its destination, not through the saved copy, and the copy goes too', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    await blockThirdParties(context);
    const exits = await stubQuickExitDestination(context);
    await saveLanguage(page, area.defaultLocale);
    await page.goto(`/${area.defaultLocale}/roadshows/`);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the page is served by the worker').toBe(true);
    const [response] = await Promise.all([page.waitForResponse(area.quickExit.url), page.locator('a[data-quick-exit]').tap()]);
    expect(response.fromServiceWorker()).toBe(false);
    await expect(page.locator('#stub')).toBeVisible();
    expect(exits.map((e) => e.url)).toEqual([area.quickExit.url]);
    await expectNothingKept(page, `/${area.defaultLocale}/`);
  } finally {
    await context.close();
  }
});

test('a copy older than the area’s warnAfterDays warns more strongly', async ({ context, page }) => {
  const site = await serveCopy();
  try {
    await blockThirdParties(context);
    const lang = area.defaultLocale;
    // A build from long ago: its worker says so.
    const old = new Date(Date.now() - (area.offline.warnAfterDays + 5) * 86_400_000);
    const worker = join(site.dir, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/builtAt:"[^"]+"/, `builtAt:"${old.toISOString()}"`));
    await saveLanguage(page, lang, site.origin);
    await context.setOffline(true);
    await page.goto(`${site.origin}/${lang}/services/`);
    await expect(savedNotice(page)).toHaveText(notice(lang, 'old', old));
    await expect(savedNotice(page)).toHaveAttribute('data-saved-copy', 'old');
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});

/** Version 2 of a service page in a served copy of the site: its first phone number changed. */
function changeNumber(dir: string, lang: string): { before: string; after: string; path: string } {
  const path = `/${lang}/services/${phoned.id}/`;
  const file = join(dir, lang, 'services', phoned.id, 'index.html');
  const html = readFileSync(file, 'utf8');
  const before = /href="tel:([^"]+)"/.exec(html.split('<main')[1]!)![1]!;
  const after = before.replace(/\d{3}$/, (d) => String((Number(d) + 111) % 1000).padStart(3, '0'));
  writeFileSync(file, html.replaceAll(before, after));
  return { before, after, path };
}

for (const { code: lang } of journeyLocales) {
  test(`${lang}: a corrected number shows on the first page load with a connection, even when the update of the saved copy fails`, async ({ context, page }) => {
    const site = await serveCopy();
    try {
      await blockThirdParties(context);
      await saveLanguage(page, lang, site.origin);
      const { before, after, path } = changeNumber(site.dir, lang);
      expect(after).not.toBe(before);
      // The update is published (the worker's list gives the changed page a new revision), but one of
      // its files is missing from the host: the new worker cannot install.
      const worker = join(site.dir, 'sw.js');
      const revise = (text: string, url: string, revision: string) =>
        text.replace(new RegExp(`(url:"${url}",revision:")[0-9a-f]+"`), `$1${revision}"`);
      let list = readFileSync(worker, 'utf8');
      list = revise(list, path, createHash('md5').update(readFileSync(join(site.dir, path, 'index.html'))).digest('hex'));
      list = revise(list, `/${lang}/roadshows/`, '0'.repeat(32));
      expect(list).toContain('0'.repeat(32));
      writeFileSync(worker, list);
      rmSync(join(site.dir, lang, 'roadshows', 'index.html'));

      const response = await page.goto(`${site.origin}${path}`);
      expect(response?.fromServiceWorker(), 'answered through the worker').toBe(true);
      await expect(page.locator(`main a[href="tel:${after}"]`).first()).toBeVisible();
      await expect(page.locator(`main a[href="tel:${before}"]`)).toHaveCount(0);
      await expect(savedNotice(page)).toHaveCount(0);
      // The failed update left the old worker in charge; pages still come from the network first.
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()).catch(() => undefined));
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => (r!.installing || r!.waiting ? 'updating' : 'settled'))), { timeout: 30_000 }).toBe('settled');
      await page.reload();
      await expect(page.locator(`main a[href="tel:${after}"]`).first()).toBeVisible();

      // A page the host no longer has is gone, not served from the copy.
      const gone = await page.goto(`${site.origin}/${lang}/roadshows/`);
      expect(gone?.status()).toBe(404);
    } finally {
      await site.close();
    }
  });
}

test('a new version replaces the old at the next move to another page with a connection, and the open pages keep working', async ({ context, page }) => {
  const site = await serveCopy();
  try {
    await blockThirdParties(context);
    const lang = area.defaultLocale;
    const at = (path: string) => `${site.origin}${path}`;
    // Two pages open on version 1: the services page (a React island) and, in another tab, a service.
    await saveLanguage(page, lang, site.origin);
    await page.goto(at(`/${lang}/services/`));
    const other = await context.newPage();
    await other.goto(at(firstUnder(lang, 'services')!));

    // Version 2 is published: the roadshows page changes, and so does the worker's list of files.
    const roadshows = join(site.dir, lang, 'roadshows', 'index.html');
    const html = readFileSync(roadshows, 'utf8').replace('</h1>', '<span data-version="2"></span></h1>');
    writeFileSync(roadshows, html);
    const worker = readFileSync(join(site.dir, 'sw.js'), 'utf8');
    const entry = new RegExp(`url:"/${lang}/roadshows/",revision:"([0-9a-f]+)"`).exec(worker)!;
    const revision = createHash('md5').update(html).digest('hex');
    writeFileSync(join(site.dir, 'sw.js'), worker.replace(entry[0], entry[0].replace(entry[1]!, revision)));

    // The browser checks for a new worker (as it does on a visit); the new one saves version 2 and waits.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.waiting?.state ?? 'none')), { timeout: 60_000 }).toBe('installed');

    // Meanwhile the open page works as before.
    await answerTwoQuestions(page);
    await expect(page.locator('footer a[href$="/roadshows/"]')).toBeVisible();

    // The next move to another page brings version 2, and the new worker takes charge.
    await page.locator(`footer a[href="/${lang}/roadshows/"]`).click();
    await page.waitForURL(at(`/${lang}/roadshows/`));
    await expect(page.locator('h1 [data-version="2"]')).toHaveCount(1);
    const state = () => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => ({ waiting: Boolean(r!.waiting), active: r!.active!.state })));
    // Activation (the old worker's saved files cleared out) can take seconds on a busy machine.
    await expect.poll(state, { timeout: 30_000 }).toEqual({ waiting: false, active: 'activated' });
    // Version 1 of the page is gone from the saved copy; only version 2 is kept.
    const keys = (await cached(page))[`signpost-offline-${lang}`]!.filter((u) => new URL(u).pathname === `/${lang}/roadshows/`);
    expect(keys.map((u) => new URL(u).searchParams.get('__WB_REVISION__'))).toEqual([revision]);

    // Without a connection, version 2 comes from what the new worker saved.
    await context.setOffline(true);
    await page.goto(at(`/${lang}/services/`));
    await answerTwoQuestions(page);
    const response = await page.goto(at(`/${lang}/roadshows/`));
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1 [data-version="2"]')).toHaveCount(1);

    // The page left open in the other tab still works, offline, on the new version.
    await other.locator(`footer a[href="/${lang}/roadshows/"]`).click();
    await expect(other.locator('h1 [data-version="2"]')).toHaveCount(1);
    await other.goto(at(`/${lang}/services/`));
    await answerTwoQuestions(other);
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});

test('retiring the site (npm run retire publishes a worker that removes itself) deletes every device’s copy on its next visit', async ({ context, page }) => {
  const site = await serveCopy();
  try {
    await blockThirdParties(context);
    const lang = area.defaultLocale;
    await saveLanguage(page, lang, site.origin);
    // The site is taken down: the host now serves the retiring worker (and no pages).
    execFileSync('node', ['scripts/retire-sw.ts', site.dir], { stdio: 'pipe' });
    rmSync(join(site.dir, lang), { recursive: true });
    // The device's next visit: the browser checks for a new worker, which deletes everything.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()).catch(() => undefined));
    await expect.poll(async () => {
      const trace = await page.evaluate(async () => ({ workers: (await navigator.serviceWorker.getRegistrations()).length, caches: (await caches.keys()).length }));
      return trace.workers + trace.caches;
    }, { timeout: 30_000 }).toBe(0);
    // And the page comes from the host, which no longer has it.
    const response = await page.goto(`${site.origin}/${lang}/services/`);
    expect(response?.status()).toBe(404);
  } finally {
    await site.close();
  }
});
