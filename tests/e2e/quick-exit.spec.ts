import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { LIST_KEY } from '../../src/lib/my-list.ts';
import { blockThirdParties, expectNoAxeViolations, holdDestination, stubQuickExitDestination, watchBlanking } from '../support/browser.ts';
import { area, journeyLocales, locales } from '../support/content.ts';
import { answerTwoQuestions } from '../support/device.ts';
import { firstUnder } from '../support/site.ts';
import { t } from '../support/strings.ts';

// The quick exit (src/scripts/quick-exit.ts, src/components/QuickExit.astro). The destination is
// answered by a local stub, so no test ever reaches it. The rest of the site is checked page by
// page in site.spec.ts; bfcache behaviour is in quick-exit-bfcache.spec.ts.

const lang = area.defaultLocale;
const home = `/${lang}/`;
/** A long page with Markdown content: it scrolls, even on a big screen. */
const reading = `/${lang}/information/privacy/`;
const destination = area.quickExit.url;

const ui = (code: string, key: string, count?: number) => t(code, key, count === undefined ? {} : { count });

const exitLink = (page: Page) => page.locator('a[data-quick-exit]');
const status = (page: Page) => page.locator('[data-quick-exit-status]');

async function leaveSafely(context: BrowserContext) {
  await blockThirdParties(context);
  return stubQuickExitDestination(context);
}

/**
 * The state someone leaves from: two questions answered and a service on "my list" (both kept in
 * the tab's sessionStorage under the site's real keys), then home, then a page being read.
 */
async function readWithAnswers(page: Page) {
  await page.goto(`/${lang}/find-help/`);
  await answerTwoQuestions(page);
  await page.goto(firstUnder(lang, 'services')!);
  await page.getByRole('button', { name: ui(lang, 'list.add') }).click();
  await expect(page.getByRole('button', { name: ui(lang, 'list.remove') })).toBeVisible();
  await page.goto(home);
  await page.goto(reading);
  const kept = await page.evaluate(() => Object.keys(sessionStorage));
  expect(kept, 'the answers and the list are in the tab').toContain(LIST_KEY);
  expect(kept.length, 'the answers and the list are in the tab').toBeGreaterThanOrEqual(2);
}

/** Left for the destination, sent no referrer, and Back shows neither the page read nor any answers. */
async function expectLeftWithoutTrace(page: Page, visits: Awaited<ReturnType<typeof leaveSafely>>) {
  await page.waitForURL(destination);
  await expect(page.locator('#stub')).toBeVisible();
  expect(visits).toEqual([{ url: destination, referer: undefined }]);
  await page.goBack();
  await expect(page).toHaveURL(home);
  await expect(page.locator('main')).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
}

test.describe('leaving', () => {
  test('a click leaves, wipes the tab storage and replaces the page in history', async ({ context, page }) => {
    const visits = await leaveSafely(context);
    await readWithAnswers(page);
    await exitLink(page).click();
    await expectLeftWithoutTrace(page, visits);
  });

  test('Shift pressed 3 times leaves, announcing each press', async ({ context, page }) => {
    const visits = await leaveSafely(context);
    await readWithAnswers(page);
    await expect(status(page)).toHaveAttribute('role', 'status');
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(ui(lang, 'quickExit.shiftMore', 2));
    await expect(exitLink(page)).toHaveAttribute('data-presses', '1');
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(ui(lang, 'quickExit.shiftMore', 1));
    await expect(exitLink(page)).toHaveAttribute('data-presses', '2');
    await page.keyboard.press('Shift');
    await expectLeftWithoutTrace(page, visits);
  });

  test('Enter on the focused link leaves', async ({ context, page }) => {
    const visits = await leaveSafely(context);
    await readWithAnswers(page);
    await exitLink(page).focus();
    await page.keyboard.press('Enter');
    await expectLeftWithoutTrace(page, visits);
  });

  test('the page is blank at once, before the destination has even answered', async ({ context, page }) => {
    await blockThirdParties(context);
    const answer = await holdDestination(context);
    const blanked = await watchBlanking(page);
    await page.goto(reading);
    await page.evaluate((key) => sessionStorage.setItem(key, '[]'), LIST_KEY);
    // Playwright would otherwise wait for the held-back destination to answer.
    await exitLink(page).click({ noWaitAfter: true });
    // Still on the page, waiting for the destination: nothing of it shows, and storage is already empty.
    await expect.poll(() => blanked).toEqual([`${reading} display:none storage:0`]);
    answer();
    await page.waitForURL(destination);
  });

  test('leaving from the first page of the tab: Back goes to what the tab showed before the site', async ({ context, page }) => {
    await leaveSafely(context);
    await page.goto(reading); // a new tab starts on about:blank
    await exitLink(page).click();
    await page.waitForURL(destination);
    await page.goBack();
    await expect(page).toHaveURL('about:blank');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap leaves, wipes the tab storage and replaces the page in history', async ({ context, page }) => {
    const visits = await leaveSafely(context);
    await readWithAnswers(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await exitLink(page).tap();
    await expectLeftWithoutTrace(page, visits);
  });
});

test.describe('the Shift count', () => {
  test('another key resets it, and Shift held with another key does not count', async ({ context, page }) => {
    await leaveSafely(context);
    await page.goto(reading);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await expect(status(page)).toBeEmpty();
    await expect(exitLink(page)).not.toHaveAttribute('data-presses');
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(ui(lang, 'quickExit.shiftMore', 2));
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift+Tab');
    await expect(status(page)).toBeEmpty();
    await expect(page).toHaveURL(reading);
  });

  test('it expires 5 seconds after the last press', async ({ context, page }) => {
    await leaveSafely(context);
    await page.clock.install();
    await page.goto(reading);
    await page.keyboard.press('Shift');
    await page.clock.runFor(4_000);
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(ui(lang, 'quickExit.shiftMore', 1));
    await page.clock.runFor(4_000);
    await expect(status(page)).toHaveText(ui(lang, 'quickExit.shiftMore', 1));
    await page.clock.runFor(1_000);
    await expect(status(page)).toHaveText(ui(lang, 'quickExit.expired'));
    await expect(exitLink(page)).not.toHaveAttribute('data-presses');
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText(ui(lang, 'quickExit.shiftMore', 2));
    await expect(page).toHaveURL(reading);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link still leaves, without a referrer', async ({ context, page }) => {
    const visits = await leaveSafely(context);
    await page.goto(reading);
    await expect(exitLink(page)).toHaveAttribute('rel', /\bnoreferrer\b/);
    await exitLink(page).click();
    await page.waitForURL(destination);
    await expect(page.locator('#stub')).toBeVisible();
    expect(visits).toEqual([{ url: destination, referer: undefined }]);
  });
});

for (const locale of locales) {
  const journey = journeyLocales.includes(locale);
  test.describe(`in ${locale.name} (${locale.code})`, () => {
    // Labels and axe: in the default and a right-to-left locale.
    if (journey) test('labelled, explained, and free of axe violations when focused and while counting', async ({ context, page }) => {
      await leaveSafely(context);
      await page.goto(`/${locale.code}/`);
      await expect(exitLink(page)).toHaveAccessibleName(`${ui(locale.code, 'quickExit.emergency')} ${ui(locale.code, 'quickExit.label')}`);
      const how = page.locator('[data-quick-exit-bar] a', { hasText: ui(locale.code, 'quickExit.how') });
      await expect(how).toHaveAttribute('href', `/${locale.code}/information/quick-exit/`);

      await exitLink(page).focus();
      await expect(exitLink(page)).toBeFocused();
      await expectNoAxeViolations(page);

      await page.keyboard.press('Shift');
      await expect(status(page)).toHaveText(ui(locale.code, 'quickExit.shiftMore', 2));
      await expect(exitLink(page).locator('[aria-hidden="true"]')).toBeVisible();
      await expectNoAxeViolations(page);

      await how.click();
      await expect(page).toHaveURL(`/${locale.code}/information/quick-exit/`);
      await expect(page.locator('main a[href$="/information/staying-safe-online/"]')).toHaveCount(1);
    });

    // 400% zoom on a 1280 px wide screen leaves 320 x 256 CSS pixels (every language: the label's
    // length decides whether the bar stays on one row); then a tablet, upright.
    for (const viewport of journey ? [{ width: 320, height: 256 }, { width: 768, height: 1024 }] : [{ width: 320, height: 256 }]) {
      test(`stays in view, uncovered, on one row, when scrolled at ${viewport.width} x ${viewport.height}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(`/${locale.code}/information/privacy/`);
        for (const y of [400, 1_000_000]) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await expect(exitLink(page)).toBeInViewport({ ratio: 1 });
          // Nothing is drawn over the middle of the link.
          const onTop = await exitLink(page).evaluate((a) => {
            const r = a.getBoundingClientRect();
            return a.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
          });
          expect(onTop).toBe(true);
        }
        const { barHeight, padding, scrollWidth } = await page.evaluate(() => ({
          barHeight: document.querySelector('[data-quick-exit-bar]')!.getBoundingClientRect().height,
          padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
          scrollWidth: document.documentElement.scrollWidth,
        }));
        // No sideways scrolling, and the bar is shorter than the space kept for it when jumping to content.
        expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
        expect(barHeight).toBeLessThan(padding);
      });
    }
  });
}

test('the skip link shows inside the exit bar, and the content it jumps to is not hidden under the bar', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto(reading);
  await page.keyboard.press('Tab');
  const skip = page.locator('[data-quick-exit-bar] a[href="#main"]');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expect(exitLink(page)).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const [barBottom, mainTop] = await page.evaluate(() => [
    document.querySelector('[data-quick-exit-bar]')!.getBoundingClientRect().bottom,
    document.querySelector('main')!.getBoundingClientRect().top,
  ]);
  expect(mainTop).toBeGreaterThanOrEqual(barBottom);
});
