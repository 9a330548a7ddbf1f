import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../support/content.ts';

// What only a browser can tell about each language: that its script is drawn with real glyphs,
// and that the quick exit keeps its place at the top however long its label. (Languages' markup,
// alternates, dates and notices are checked on every page by the static tier, tests/dist/.)

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
  test(`${l.code}: text is drawn with real glyphs from the system fonts, and the quick exit is at the top`, async ({ page }) => {
    await page.goto(`/${l.code}/`);
    const fonts = (await fontsFor(page, 'main h1')).filter((f) => f.glyphCount > 0);
    const families = fonts.map((f) => f.familyName);
    const heading = (await page.locator('main h1').textContent()) ?? '';
    // Every letter must be in a font Chromium used for it (fontconfig says which fonts hold it):
    // a letter no used font holds would be drawn as an empty box.
    const letters = new Set(heading.match(/[\p{L}\p{M}]/gu) ?? []);
    expect(letters.size).toBeGreaterThan(0);
    for (const ch of letters) {
      const holders = execFileSync('fc-list', [`:charset=${ch.codePointAt(0)!.toString(16)}`, 'family'], { encoding: 'utf8' });
      expect(families.some((f) => holders.includes(f)), `"${ch}" is in none of ${families.join(', ')}`).toBe(true);
    }
    expect(fonts.every((f) => !f.isCustomFont)).toBe(true);
    // No font is fetched from anywhere: the site declares none.
    expect(await page.evaluate(() => document.fonts.size)).toBe(0);
    const exit = await page.locator('a[data-quick-exit]').boundingBox();
    expect(exit!.y).toBeLessThan(60);
  });
}
