import { expect, test, type Page } from '@playwright/test';
import { blockThirdParties, cspViolations, expectNoAxeViolations, recordCspViolations } from '../support/browser.ts';
import { area, journeyLocales, locales } from '../support/content.ts';
import { KIOSK_KEY, NO_TRACE, deviceTrace, expectNoVisitorStorage, islandsReady } from '../support/device.ts';
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

// An ordinary visit (kiosk mode off) of one page of every kind, in one tab, with service workers
// allowed as in a person's browser: the headers the host sends, and nothing of the visit kept on the
// device (no worker, no cache, no database, no localStorage, no cookie: 0 bytes). In the default
// and a right-to-left locale (what is stored does not depend on the language; the kiosk pass above
// covers every locale), with JavaScript and without.
for (const locale of journeyLocales) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(() => {
      test.use({ serviceWorkers: 'allow', javaScriptEnabled });
      test(`${locale.code}${javaScriptEnabled ? '' : ' without JavaScript'}: an ordinary visit of every kind of page sends the privacy headers, and leaves nothing on the device`, async ({ context, page }) => {
        const offsite = await blockThirdParties(context);
        await recordCspViolations(context);
        for (const { path } of samples.filter((s) => s.locale === locale)) {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          const headers = response!.headers();
          expect(headers['referrer-policy'], path).toBe('no-referrer');
          expect(headers['content-security-policy'], path).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
          expect(headers['cache-control'], path).toBe('no-store');
          expect(headers['permissions-policy'], path).toContain('browsing-topics=()');
          if (!javaScriptEnabled) continue;
          await islandsReady(page);
          await expect(finishBar(page)).toBeHidden();
          expect(await cspViolations(page), path).toEqual([]);
        }
        expect(offsite).toEqual([]);
        if (!javaScriptEnabled) {
          // No script can run in the page to look: ask the browser itself (the DevTools protocol).
          const cdp = await context.newCDPSession(page);
          const origin = new URL(page.url()).origin;
          const usage = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
          const workers = await context.serviceWorkers();
          expect({ bytes: usage.usage, workers: workers.length, cookies: (await context.cookies()).length }).toEqual({ bytes: 0, workers: 0, cookies: 0 });
          return;
        }
        const trace = await deviceTrace(page);
        console.log(`${locale.code}: bytes stored after an ordinary visit of ${samples.filter((s) => s.locale === locale).length} pages: ${trace.bytes}`);
        expect(trace).toEqual(NO_TRACE);
        await expectNoVisitorStorage(page, { kiosk: false });
      });
    });
  }
}

test('a page that does not exist answers 404 with the site around it, and no axe violations', async ({ context, page }) => {
  const offsite = await blockThirdParties(context);
  const response = await page.goto(`/${area.defaultLocale}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('a[data-quick-exit]')).toBeInViewport();
  await expectNoAxeViolations(page);
  expect(offsite).toEqual([]);
});
