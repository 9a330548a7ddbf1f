import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LIST_KEY } from '../../src/lib/my-list.ts';
import { FULL_CHROMIUM, blockThirdParties, cspViolations, recordCspViolations, stubQuickExitDestination, watchBlanking } from '../support/browser.ts';
import { area, journeyLocales, locales, services } from '../support/content.ts';
import { answerTwoQuestions, cached, islandsReady, serveCopy, waitUntilSaved } from '../support/device.ts';
import { builtPages, firstUnder } from '../support/site.ts';

// Roadshows often have poor signal: once one page of a language has loaded, the whole language
// (pages, scripts, search index) works without a connection. The pages visited offline are chosen
// from the built site, so the questionnaire and search are visited as soon as they are built.

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
    { path: `/${locale}/kiosk/`, what: 'the kiosk page' },
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

// In the default and a right-to-left locale: what is saved is chosen by locale code, the same way for each.
for (const locale of journeyLocales) {
  const code = locale.code;
  const planned = visits(code);

  test(`${code}: after loading one page, opens without a connection: ${planned.map((v) => v.what).join('; ')}`, async ({ context, page }) => {
    const offsite = await blockThirdParties(context);
    await recordCspViolations(context);
    await page.goto(`/${code}/`);
    await waitUntilSaved(page, code);
    await context.setOffline(true);
    for (const visit of planned) {
      const response = await page.goto(visit.path);
      expect(response?.status(), visit.path).toBe(200);
      expect(response?.fromServiceWorker(), `${visit.path} came from the saved copy`).toBe(true);
      await expect(page.locator('main h1')).toBeVisible();
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
    expect(offsite).toEqual([]);
  });

  test(`${code}: saves every page, script and search file of its language and the shared files, and nothing else`, async ({ context, page }) => {
    const offsite = await blockThirdParties(context);
    await page.goto(`/${code}/information/`);
    await waitUntilSaved(page, code);
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
    expect(offsite).toEqual([]);
  });
}

test('without a connection, the quick exit still hides the page, clears the tab and leaves (to the browser’s offline page)', async ({ context, page }) => {
  await blockThirdParties(context);
  const blanked = await watchBlanking(page);
  const lang = area.defaultLocale;
  await page.goto(`/${lang}/services/`);
  await waitUntilSaved(page, lang);
  await context.setOffline(true);
  await page.goto(`/${lang}/roadshows/`);
  await page.evaluate((key) => sessionStorage.setItem(key, '["x"]'), LIST_KEY);
  await page.locator('a[data-quick-exit]').click({ noWaitAfter: true });
  await expect.poll(() => blanked).toEqual([`/${lang}/roadshows/ display:none storage:0`]);
  await expect.poll(() => page.url()).not.toContain('/roadshows/');
});

test('the quick exit goes straight to its destination, not through the saved copy', async ({ context, page }) => {
  await blockThirdParties(context);
  const exits = await stubQuickExitDestination(context);
  await page.goto(`/${area.defaultLocale}/services/`);
  await waitUntilSaved(page, area.defaultLocale);
  await page.goto(`/${area.defaultLocale}/roadshows/`);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the page is served by the worker').toBe(true);
  const [response] = await Promise.all([page.waitForResponse(area.quickExit.url), page.locator('a[data-quick-exit]').click()]);
  expect(response.fromServiceWorker()).toBe(false);
  await expect(page.locator('#stub')).toBeVisible();
  expect(exits.map((e) => e.url)).toEqual([area.quickExit.url]);
});


test('a new version replaces the old at the next move to another page with a connection, and the open pages keep working', async ({ context, page }) => {
  const site = await serveCopy();
  try {
    await blockThirdParties(context);
    const lang = area.defaultLocale;
    const at = (path: string) => `${site.origin}${path}`;
    // Two pages open on version 1: the services page (a React island) and, in another tab, a service.
    await page.goto(at(`/${lang}/services/`));
    await waitUntilSaved(page, lang);
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

    // Meanwhile the open page works as before, still from version 1.
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
