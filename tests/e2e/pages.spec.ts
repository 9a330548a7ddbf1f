import { expect, test, type Page } from '@playwright/test';
import { blockThirdParties, cspViolations, expectNoAxeViolations, recordCspViolations } from '../support/browser.ts';
import { area, journeyLocales, locales } from '../support/content.ts';
import { KIOSK_KEY, expectNoVisitorStorage, islandsReady } from '../support/device.ts';
import { samplePages } from '../support/site.ts';

// The browser tier's pass over the site: one page of every kind in every locale (each locale a
// different entry of a kind, see samplePages), with the browser running it. What needs only the
// HTML is checked on every page by the static tier (tests/dist/); axe on every page is the sweep
// (npm run test:sweep). The offline copy is left out here (it downloads whole languages in the
// background): tests/e2e/offline.spec.ts covers it.
test.use({ serviceWorkers: 'block' });

const samples = samplePages();
const finishBar = (page: Page) => page.locator('[data-kiosk] > div [data-kiosk-finish]');

test('the sample has every kind of page in every locale', () => {
  const kinds = new Set(samples.map((s) => s.kind));
  expect(kinds.size).toBeGreaterThan(8);
  for (const l of locales) expect(samples.filter((s) => s.locale === l).length, l.code).toBe(kinds.size);
});

// With kiosk mode on, so the kiosk controls are checked on every kind of page too (they add to a
// page, never take away).
for (const { locale, kind, path } of samples) {
  test(`${locale.code} ${kind} (${path}), kiosk mode on: no axe violations, no CSP violation, nothing off-site, quick exit working and uncovered`, async ({ context, page }) => {
    const offsite = await blockThirdParties(context);
    await recordCspViolations(context);
    await page.addInitScript((k) => localStorage.setItem(k, 'on'), KIOSK_KEY);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await islandsReady(page);
    await expect(finishBar(page)).toBeInViewport();
    await expect(page.locator('a[data-quick-exit]')).toBeInViewport();
    // The finish bar leaves the end of the page readable: the footer's last line scrolls clear of it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const clear = await page.evaluate(() => {
      const bar = document.querySelector('[data-kiosk] > div')!.getBoundingClientRect();
      return document.querySelector('footer')!.getBoundingClientRect().bottom <= bar.top + 1;
    });
    expect(clear, 'the footer ends above the finish bar').toBe(true);
    // axe at the top: scrolled to the end, whatever sits under the sticky exit bar counts as a
    // half-hidden target, and which element that is depends on the page's length.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expectNoAxeViolations(page);
    // The quick-exit script ran (the CSP let it): one Shift press starts the count.
    await page.keyboard.press('Shift');
    await expect(page.locator('[data-quick-exit-status]')).not.toBeEmpty();
    expect(await cspViolations(page)).toEqual([]);
    expect(offsite).toEqual([]);
    await expectNoVisitorStorage(page, { kiosk: true });
  });
}

// An ordinary visit (kiosk mode off) of one page of every kind, in one tab: the headers the host
// sends, and nothing of the visit kept beyond the tab. In the default and a right-to-left locale
// (what is stored does not depend on the language; the kiosk pass above covers every locale).
for (const locale of journeyLocales) {
  test(`${locale.code}: an ordinary visit of every kind of page sends the privacy headers, and leaves no cookie and no storage`, async ({ context, page }) => {
    const offsite = await blockThirdParties(context);
    await recordCspViolations(context);
    for (const { path } of samples.filter((s) => s.locale === locale)) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const headers = response!.headers();
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['content-security-policy'], path).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      await islandsReady(page);
      await expect(finishBar(page)).toBeHidden();
      expect(await cspViolations(page), path).toEqual([]);
      // The tab's own storage may hold what this visit chose (my list); it is checked empty below.
      expect(await context.cookies(), path).toEqual([]);
      expect(await page.evaluate(() => localStorage.length), path).toBe(0);
    }
    expect(offsite).toEqual([]);
    await expectNoVisitorStorage(page, { kiosk: false });
  });
}

test('a page that does not exist answers 404 with the site around it, and no axe violations', async ({ context, page }) => {
  const offsite = await blockThirdParties(context);
  const response = await page.goto(`/${area.defaultLocale}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('a[data-quick-exit]')).toBeInViewport();
  await expectNoAxeViolations(page);
  expect(offsite).toEqual([]);
});
