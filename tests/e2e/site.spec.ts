import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/browser.ts';
import { area, journeyLocales, locales } from '../support/content.ts';

// The root and the language menu. Every page's markup is checked by the static tier
// (tests/dist/pages.test.ts); a sample of every kind of page in the browser by pages.spec.ts.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ sends visitors to the default language', async ({ page }) => {
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

for (const l of journeyLocales) {
  test(`${l.code}: the open language menu lists every language, each named in itself, with no axe violations`, async ({ page }) => {
    await page.goto(`/${l.code}/`);
    const menu = page.locator('[data-language-menu]');
    await menu.locator('summary').click();
    for (const other of locales) await expect(menu.locator(`a[hreflang="${other.code}"]`)).toHaveText(other.name);
    await expectNoAxeViolations(page);
    // A second press closes it again.
    await menu.locator('summary').click();
    await expect(menu.locator('a').first()).toBeHidden();
  });
}
