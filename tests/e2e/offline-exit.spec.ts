import { expect, test } from '@playwright/test';
import { LIST_KEY } from '../../src/lib/my-list.ts';
import { FULL_CHROMIUM, blockThirdParties, watchBlanking } from '../support/browser.ts';
import { area } from '../support/content.ts';
import { waitUntilSaved } from '../support/device.ts';

// The quick exit on a roadshow tablet that has lost its signal, in the full browser. Seen with
// Debian's Chromium 156: in the headless shell (which the other tests use), the page being left
// never reports its blanking before the offline error page replaces it; the full browser does, as
// a person's would.
test.use({ launchOptions: async ({ launchOptions }, use) => use({ ...launchOptions, executablePath: FULL_CHROMIUM }) });

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
