import { expect, test } from '@playwright/test';
import { area, blockThirdParties, builtPages, cspViolations, expectNoAxeViolations, localeOf, locales, recordCspViolations } from './helpers.ts';
import { expectNoVisitorStorage } from './device-helpers.ts';

// The root only forwards to a language (checked below); every other page gets the full sweep.
const pages = builtPages().filter((p) => p !== '/');

test('the build has pages in every locale', () => {
  for (const l of locales) expect(pages.filter((p) => p.startsWith(`/${l.code}/`)).length, l.code).toBeGreaterThan(3);
});

for (const path of pages) {
  test(`${path}: lang, dir, quick exit, privacy headers, no third parties, no cookies, no storage, no axe violations`, async ({ context, page }) => {
    const offsite = await blockThirdParties(context);
    await recordCspViolations(context);
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(400);
    // The headers a static host sends from public/_headers, and the CSP <meta> Astro writes.
    const headers = response!.headers();
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    const metaCsp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(metaCsp).toContain("default-src 'self'");
    expect(metaCsp, 'the CSP names no other host').not.toMatch(/https?:|\*/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    await expect(page).toHaveTitle(area.siteName);
    const locale = localeOf(path) ?? locales.find((l) => l.code === area.defaultLocale)!;
    await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
    await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
    const exit = page.locator('a[data-quick-exit]');
    await expect(exit).toHaveCount(1);
    await expect(exit).toHaveAttribute('href', area.quickExit.url);
    await expect(exit).toHaveAttribute('rel', /noreferrer/);
    await expect(exit).toBeInViewport();
    await expectNoAxeViolations(page);
    // Every link to another site hides where the visitor came from.
    const external = await page.locator('a[href]').evaluateAll((links) =>
      (links as HTMLAnchorElement[]).filter((a) => /^https?:$/.test(a.protocol) && a.host !== location.host).map((a) => `${a.href} rel="${a.rel}"`),
    );
    for (const link of external) expect(link, 'external link without rel="noreferrer"').toMatch(/rel="[^"]*\bnoreferrer\b/);
    // The quick-exit script ran here (the CSP let it): one Shift press starts the count.
    await page.keyboard.press('Shift');
    await expect(page.locator('[data-quick-exit-status]')).not.toBeEmpty();
    expect(await cspViolations(page)).toEqual([]);
    expect(offsite).toEqual([]);
    // No cookie, nothing in storage (kiosk mode, off here, may keep its one setting: tests/e2e/kiosk.spec.ts).
    await expectNoVisitorStorage(page, { kiosk: false });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ sends visitors to the default language and lists every language', async ({ page, request }) => {
    const html = await (await request.get('/')).text();
    for (const l of locales) expect(html).toContain(`href="/${l.code}/"`);
    expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=/${area.defaultLocale}/"`));
    await page.goto('/');
    await expect(page).toHaveURL(`/${area.defaultLocale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', area.defaultLocale);
  });

  test('the language switcher keeps the reader on the same page', async ({ page }) => {
    const other = locales.find((l) => l.code !== area.defaultLocale)!;
    await page.goto(`/${area.defaultLocale}/services/`);
    // Closed, the switcher shows the current language; opened (by keyboard here), every language.
    const menu = page.locator('[data-language-menu]');
    await expect(menu.locator('summary')).toContainText(locales.find((l) => l.code === area.defaultLocale)!.name);
    await expect(menu.locator(`a[hreflang="${other.code}"]`)).toBeHidden();
    await menu.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(menu.locator(`a[hreflang="${other.code}"]`)).toBeVisible();
    await page.locator(`nav a[hreflang="${other.code}"]`).click();
    await expect(page).toHaveURL(`/${other.code}/services/`);
    await expect(page.locator('html')).toHaveAttribute('dir', other.dir);
  });
});

test('the open language menu lists every language, each named in itself, with no axe violations', async ({ page }) => {
  for (const l of locales.filter((x) => x.dir === 'rtl' || x.code === area.defaultLocale)) {
    await page.goto(`/${l.code}/`);
    const menu = page.locator('[data-language-menu]');
    await menu.locator('summary').click();
    for (const other of locales) await expect(menu.locator(`a[hreflang="${other.code}"]`)).toBeVisible();
    await expectNoAxeViolations(page);
    // A second press closes it again.
    await menu.locator('summary').click();
    await expect(menu.locator('a').first()).toBeHidden();
  }
});

test('a page that does not exist answers 404 with the site around it', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('a[data-quick-exit]')).toHaveCount(1);
});
