import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkContent } from '../../src/lib/content-files.ts';
import { area, builtPages, localeOf, locales } from './helpers.ts';

const pages = builtPages().filter((p) => localeOf(p));
const defaultPages = pages.filter((p) => p.startsWith(`/${area.defaultLocale}/`));
const rest = (p: string) => p.replace(/^\/[^/]+/, '');

test('every page exists in every language', () => {
  for (const l of locales) {
    const missing = defaultPages.map(rest).filter((r) => !pages.includes(`/${l.code}${r}`));
    expect(missing, `${l.code} lacks these pages`).toEqual([]);
  }
});

test('the sitemap lists every page in every language, with hreflang alternates', () => {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  for (const p of defaultPages.slice(0, 50)) {
    for (const l of locales) expect(xml).toContain(`<loc>${new URL(`/${l.code}${rest(p)}`, area.siteUrl).href}</loc>`);
  }
  expect(xml).toContain('hreflang=');
  expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', area.siteUrl).href}`);
});

/** The platform fonts Chromium used to draw an element's text (CDP), with how many glyphs each drew. */
async function fontsFor(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

for (const l of locales) {
  test.describe(`${l.name} (${l.code})`, () => {
    test('home page: lang, dir, every language named in itself, alternates, and the quick exit at the top', async ({ page }) => {
      await page.goto(`/${l.code}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', l.code);
      await expect(page.locator('html')).toHaveAttribute('dir', l.dir);
      for (const other of locales) {
        const link = page.locator(`nav a[hreflang="${other.code}"]`);
        await expect(link).toHaveText(other.name);
        await expect(link).toHaveAttribute('lang', other.code);
        await expect(page.locator(`link[rel="alternate"][hreflang="${other.code}"]`)).toHaveAttribute(
          'href',
          new URL(`/${other.code}/`, area.siteUrl).href,
        );
      }
      const exit = await page.locator('a[data-quick-exit]').boundingBox();
      expect(exit!.y).toBeLessThan(60);
      if (!l.reviewed) await expect(page.locator('#translation-notice')).toBeVisible();
    });

    test('text in this language is drawn with real glyphs from the system fonts', async ({ page }) => {
      await page.goto(`/${l.code}/`);
      const fonts = (await fontsFor(page, 'main h1')).filter((f) => f.glyphCount > 0);
      const families = fonts.map((f) => f.familyName);
      const heading = (await page.locator('main h1').textContent()) ?? '';
      // Every letter must be in a font Chromium used for it (fontconfig says which fonts hold it):
      // a letter no used font holds would be drawn as an empty box.
      for (const ch of new Set(heading.match(/[\p{L}\p{M}]/gu) ?? [])) {
        const holders = execFileSync('fc-list', [`:charset=${ch.codePointAt(0)!.toString(16)}`, 'family'], { encoding: 'utf8' });
        expect(families.some((f) => holders.includes(f)), `"${ch}" is in none of ${families.join(', ')}`).toBe(true);
      }
      expect(fonts.every((f) => !f.isCustomFont)).toBe(true);
      // No font is fetched from anywhere: the site declares none.
      expect(await page.evaluate(() => document.fonts.size)).toBe(0);
    });

    test('dates follow the language', async ({ page }) => {
      const service = defaultPages.find((p) => /\/services\/[^/]+\/$/.test(p))!;
      await page.goto(`/${l.code}${rest(service)}`);
      const month = new Intl.DateTimeFormat(l.code, { month: 'long', timeZone: 'UTC' }).format(new Date('2026-11-15T00:00:00Z'));
      await expect(page.locator('main')).toContainText(month);
    });
  });
}

// A service page shows the untranslated notice (and English marked as English) exactly when the
// service has no translation in that language.
const snapshot = checkContent('content', '.');
for (const l of locales.filter((x) => x.code !== area.defaultLocale)) {
  test(`${l.code}: untranslated services show English, marked as English, with a notice; translated ones do not`, async ({ page }) => {
    const notice = JSON.parse(readFileSync(`src/i18n/locales/${l.code}.json`, 'utf8'))['notice.untranslated'] as string;
    const english = locales.find((x) => x.code === area.defaultLocale)!;
    for (const s of snapshot.services.slice(0, 6)) {
      await page.goto(`/${l.code}/services/${s.id}/`);
      const translated = s.id in (snapshot.translations[l.code]?.services ?? {});
      const body = page.locator('main .prose-body');
      if (translated) {
        await expect(page.locator('main')).not.toContainText(notice);
        await expect(body).not.toHaveAttribute('lang', english.code);
      } else {
        await expect(page.locator('main')).toContainText(notice);
        await expect(body).toHaveAttribute('lang', english.code);
        await expect(body).toHaveAttribute('dir', english.dir);
      }
    }
  });
}
