import { expect, test } from '@playwright/test';
import { upcomingByDistrict } from '../../src/lib/events.ts';
import { content, journeyLocales, rtlLocale } from '../support/content.ts';
import { builtPages } from '../support/site.ts';
import { t } from '../support/strings.ts';

// Information and roadshow pages as a reader sees them. Their wording for this area is checked in
// content/areas/<area>/tests/pages.test.ts; links and anchors on every page by the static tier.
test.use({ javaScriptEnabled: false });

test.describe('roadshows', () => {
  for (const l of journeyLocales) {
    test(`${l.code}: lists the upcoming events by district, or says plainly that none are planned`, async ({ page }) => {
      // Built pages list what was upcoming when they were built; the build ran today.
      const groups = upcomingByDistrict(content.events, content.districts.map((d) => d.id), new Date());
      await page.goto(`/${l.code}/roadshows/`);
      await expect(page.locator('h1')).toHaveText(t(l.code, 'roadshows.title'));
      await expect(page.locator('[data-district]')).toHaveCount(groups.length);
      if (groups.length === 0) await expect(page.locator('[data-roadshows-none]')).toHaveText(t(l.code, 'roadshows.none'));
      else {
        await expect(page.locator('[data-roadshows-none]')).toHaveCount(0);
        expect(await page.locator('[data-district]').evaluateAll((s) => s.map((e) => e.getAttribute('data-district')))).toEqual(groups.map((g) => g.district));
      }
    });
  }
});

// (Only where the area has a right-to-left locale.)
if (rtlLocale) test(`${rtlLocale.code}: in right-to-left text, phone numbers in a page keep their digit groups in order`, async ({ page }) => {
  // The first information page in the right-to-left locale with a number in two groups ("18001 101").
  let found: { path: string; href: string } | undefined;
  for (const path of builtPages().filter((p) => p.startsWith(`/${rtlLocale!.code}/information/`))) {
    await page.goto(path);
    const links = page.locator('.prose-body a[href^="tel:"], .prose-body a[href^="sms:"]');
    for (const link of await links.all()) {
      await expect(link).toHaveCSS('direction', 'ltr');
      await expect(link).toHaveCSS('unicode-bidi', 'isolate');
      if (!found && /^\S+ \S+$/.test((await link.textContent())!.trim())) found = { path, href: (await link.getAttribute('href'))! };
    }
    if (found) break;
  }
  expect(found, 'a number in two groups in a right-to-left page').toBeDefined();
  await page.goto(found!.path);
  // The first group must be left of the second, not "101 18001".
  const order = await page.locator(`.prose-body a[href="${found!.href}"]`).first().evaluate((a) => {
    const node = a.firstChild!;
    const words = node.textContent!;
    const space = words.trim().indexOf(' ') + words.indexOf(words.trim());
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, space);
    const first = range.getBoundingClientRect().left;
    range.setStart(node, space + 1);
    range.setEnd(node, words.length);
    return { first, second: range.getBoundingClientRect().left };
  });
  expect(order.first).toBeLessThan(order.second);
});
