import { expect, test, type Page } from '@playwright/test';
import { LIST_KEY } from '../../src/lib/my-list.ts';
import { FULL_CHROMIUM, blockThirdParties, holdDestination, stubQuickExitDestination, watchBlanking } from '../support/browser.ts';
import { area } from '../support/content.ts';

// The back/forward cache keeps whole pages in memory and shows them again, as they were, on Back.
// Playwright turns it off by default; these tests turn it back on (a separate file, because it is
// a browser launch option), in the full browser (the headless shell has no such cache). A page
// restored from it must never be shown as it was: it reloads, or leaves again if it was the page
// being left.

test.use({
  launchOptions: async ({ launchOptions }, use) => {
    await use({ ...launchOptions, executablePath: FULL_CHROMIUM, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  },
});

const lang = area.defaultLocale;
const home = `/${lang}/`;
const reading = `/${lang}/information/privacy/`;
const destination = area.quickExit.url;

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
  await page.waitForURL(`/${lang}/information/`);
  await page.goBack();
  // It came back from the cache (so the test means something), then loaded afresh.
  await expect.poll(() => shows.slice(shows.indexOf(`pageshow ${home} true`))).toEqual([`pageshow ${home} true`, `pageshow ${home} false`]);
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
  await page.waitForURL(`/${lang}/information/`);
  await page.evaluate((key) => sessionStorage.setItem(key, '[]'), LIST_KEY);
  await page.locator('a[data-quick-exit]').click();
  await page.waitForURL(destination);
  await page.goBack();
  await expect(page).toHaveURL(home);
  await expect.poll(() => shows.slice(shows.indexOf(`pageshow ${home} true`))).toEqual([`pageshow ${home} true`, `pageshow ${home} false`]);
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
  await expect.poll(() => blanked).toEqual([`${reading} display:none storage:0`]);
  // Back cancels the exit's navigation, which Playwright reports as this navigation failing.
  await page.goBack().catch((e: Error) => expect(e.message).toContain('ERR_ABORTED'));
  await expect(page).toHaveURL(home);
  await expect(page.locator('main')).toBeVisible();
  await page.goForward({ waitUntil: 'commit' });
  // Restored from the cache still blank, and on its way out again (not reloaded, not shown).
  await expect.poll(() => shows.at(-1)).toBe(`pageshow ${reading} true`);
  answer();
  await page.waitForURL(destination);
  await expect(page.locator('#stub')).toBeVisible();
  // Nothing showed in between: the page was not reloaded or shown again.
  expect(shows.slice(shows.indexOf(`pageshow ${reading} true`))).toEqual([`pageshow ${reading} true`, `pageshow ${new URL(destination).pathname} false`]);
});
