import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LIST_KEY } from '../../src/lib/my-list.ts';
import { resultsPath } from '../../src/lib/questionnaire.ts';
import { FULL_CHROMIUM, blockThirdParties, holdDestination, stubQuickExitDestination, watchBlanking } from '../support/browser.ts';
import { area, content, journeyLocales } from '../support/content.ts';
import { serveCopy } from '../support/device.ts';

// The back/forward cache keeps whole pages in memory and shows them again, as they were, on Back.
// Playwright turns it off by default; these tests turn it back on (a separate file, because it is
// a browser launch option), in the full browser (the headless shell has no such cache). A page
// restored from it must never be shown as it was: it reloads, or leaves again if it was the page
// being left.

// The site sends its pages with Cache-Control: no-store (public/_headers), which keeps them out of
// Chromium's back/forward cache altogether (tested last, without JavaScript). Other browsers (Safari)
// may keep such pages all the same, so the quick exit's own defence is tested on a copy of the site
// whose pages are sent "no-cache", which Chromium does keep.

test.use({
  launchOptions: async ({ launchOptions }, use) => {
    await use({ ...launchOptions, executablePath: FULL_CHROMIUM, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  },
});

const lang = area.defaultLocale;
const destination = area.quickExit.url;
let site: Awaited<ReturnType<typeof serveCopy>>;
let home = '';
let reading = '';
test.beforeAll(async () => {
  site = await serveCopy();
  const headers = join(site.dir, '_headers');
  writeFileSync(headers, readFileSync(headers, 'utf8').replace(/^(\s+Cache-Control:) no-store$/m, '$1 no-cache'));
  home = `${site.origin}/${lang}/`;
  reading = `${site.origin}/${lang}/information/privacy/`;
});
test.afterAll(async () => site.close());
/** A page's path, as the pageshow trace names it. */
const path = (url: string) => new URL(url).pathname;

/** Logs each pageshow to the console, which the test collects across page loads. */
async function tracePageshow(page: Page): Promise<string[]> {
  const shows: string[] = [];
  page.on('console', (m) => {
    if (m.text().startsWith('pageshow ')) shows.push(m.text());
  });
  await page.addInitScript(() => addEventListener('pageshow', (e) => console.log(`pageshow ${location.pathname} ${e.persisted}`)));
  return shows;
}

/** Something only this copy of the page holds in memory, as an island would (answers on screen). */
const markInMemory = (page: Page) =>
  page.evaluate(() => {
    const note = document.createElement('p');
    note.id = 'in-memory';
    note.textContent = 'answers on screen';
    document.querySelector('main')!.append(note);
  });

test('a page restored from the back/forward cache reloads instead of showing what it held', async ({ context, page }) => {
  await blockThirdParties(context);
  const shows = await tracePageshow(page);
  await page.goto(home);
  await markInMemory(page);
  await page.locator(`a[href="/${lang}/information/"]`).first().click();
  await page.waitForURL(`${site.origin}/${lang}/information/`);
  await page.goBack();
  // It came back from the cache (so the test means something), then loaded afresh.
  await expect.poll(() => shows.slice(shows.indexOf(`pageshow ${path(home)} true`))).toEqual([`pageshow ${path(home)} true`, `pageshow ${path(home)} false`]);
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('#in-memory')).toHaveCount(0);
});

test('after leaving, Back shows the earlier page afresh, with no answers', async ({ context, page }) => {
  await blockThirdParties(context);
  await stubQuickExitDestination(context);
  const shows = await tracePageshow(page);
  await page.goto(home);
  await markInMemory(page);
  await page.locator(`a[href="/${lang}/information/"]`).first().click();
  await page.waitForURL(`${site.origin}/${lang}/information/`);
  await page.evaluate((key) => sessionStorage.setItem(key, '[]'), LIST_KEY);
  await page.locator('a[data-quick-exit]').click();
  await page.waitForURL(destination);
  await page.goBack();
  await expect(page).toHaveURL(home);
  await expect.poll(() => shows.slice(shows.indexOf(`pageshow ${path(home)} true`))).toEqual([`pageshow ${path(home)} true`, `pageshow ${path(home)} false`]);
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('#in-memory')).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('the page being left, if it comes back from the cache, stays blank and leaves again', async ({ context, page }) => {
  await blockThirdParties(context);
  // The destination does not answer at first: the person goes Back while it is still loading.
  const answer = await holdDestination(context);
  const blanked = await watchBlanking(page);
  const shows = await tracePageshow(page);
  await page.goto(home);
  await page.goto(reading);
  // Playwright would otherwise wait for the held-back destination to answer.
  await page.locator('a[data-quick-exit]').click({ noWaitAfter: true });
  await expect.poll(() => blanked).toEqual([`${path(reading)} display:none storage:0`]);
  // Back cancels the exit's navigation, which Playwright reports as this navigation failing.
  await page.goBack().catch((e: Error) => expect(e.message).toContain('ERR_ABORTED'));
  await expect(page).toHaveURL(home);
  await expect(page.locator('main')).toBeVisible();
  await page.goForward({ waitUntil: 'commit' });
  // Restored from the cache still blank, and on its way out again (not reloaded, not shown).
  await expect.poll(() => shows.at(-1)).toBe(`pageshow ${path(reading)} true`);
  answer();
  await page.waitForURL(destination);
  await expect(page.locator('#stub')).toBeVisible();
  // Nothing showed in between: the page was not reloaded or shown again.
  expect(shows.slice(shows.indexOf(`pageshow ${path(reading)} true`))).toEqual([`pageshow ${path(reading)} true`, `pageshow ${new URL(destination).pathname} false`]);
});

for (const { code } of journeyLocales) {
  test(`${code}: without JavaScript, after the exit Back shows the results page with no answer ticked (the real headers keep it out of the cache)`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await blockThirdParties(context);
      await stubQuickExitDestination(context);
      const url = `/${code}/find-help/${resultsPath(content.crimeTypes[0]!.id)}`;
      const response = await page.goto(url);
      expect(response?.headers()['cache-control']).toBe('no-store');
      const radios = page.locator('main input[type="radio"]');
      await radios.first().check();
      await radios.last().check();
      await expect(page.locator('main input:checked')).toHaveCount(2);
      await page.locator('a[data-quick-exit]').click();
      await page.waitForURL(destination);
      // A page restored from the cache fires no load event: wait only for the address.
      await page.goBack({ waitUntil: 'commit' });
      await expect(page).toHaveURL(url);
      await expect(radios.first()).toBeVisible();
      await expect(page.locator('main input:checked')).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
}
