import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { baseLanguage, filterDirectory, spokenLanguages, toDirectoryEntry, type DirectoryFilters } from '../../src/lib/directory.ts';
import { LIST_KEY } from '../../src/lib/my-list.ts';
import { blockThirdParties, expectNoAxeViolations } from '../support/browser.ts';
import { area, content, journeyLocales, locales, services } from '../support/content.ts';
import { ui as strings } from '../support/strings.ts';

// Everything here is read from content/ (never a named service or district), in the order the
// site lists services (by `order`, then name).
const entries = services.map((s) => toDirectoryEntry(s.id, s));
const lang = area.defaultLocale;
const en = strings(lang);

const expectedIds = (f: DirectoryFilters, now = new Date()) => filterDirectory(entries, f, now).map((m) => m.id);
/** The value that narrows the list most while keeping at least one service. */
function narrowest<T>(values: T[], filters: (v: T) => DirectoryFilters): T {
  const scored = values.map((v) => ({ v, n: expectedIds(filters(v)).length })).filter((x) => x.n > 0);
  return scored.sort((a, b) => a.n - b.n)[0]!.v;
}
const voicePhone = (s: (typeof services)[number]) => s.contact.phones.find((p) => p.kind === 'voice');

async function shownIds(page: Page) {
  return page.locator('[data-results] > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-service')));
}

/** A time (a Monday 12:30 in London, GMT) for "open now": fixed so the test means the same every day. */
const MONDAY_LUNCHTIME = new Date('2026-11-23T12:30:00Z');
const SATURDAY_NIGHT = new Date('2026-11-21T23:30:00Z');

async function openServices(page: Page, code = lang, now?: Date) {
  if (now) await page.clock.setFixedTime(now);
  await page.goto(`/${code}/services/`);
  // The form is hidden until the island runs: waiting for it waits for hydration.
  await expect(page.getByRole('button', { name: strings(code)['directory.clear'] })).toBeVisible();
}

test.describe('filters, with JavaScript', () => {
  test('each filter narrows the list, in the order the directory logic gives, and announces the count', async ({ page }) => {
    const t = en;
    const crimeType = narrowest(
      content.crimeTypes.map((c) => c.id),
      (id) => ({ crimeType: id }),
    );
    const district = narrowest(
      content.districts.map((d) => d.id),
      (id) => ({ district: id }),
    );
    // The filter offers the site's languages and any a source says a service speaks: take the one
    // the most services are confirmed to help in (spoken, interpreters or very many languages).
    const offered = [...new Set([...locales.map((l) => baseLanguage(l.code)), ...spokenLanguages(entries)])];
    const language = offered.sort((a, b) => expectedIds({ language: b }).length - expectedIds({ language: a }).length)[0]!;
    expect(expectedIds({ crimeType }).length, 'a crime type that narrows the list').toBeLessThan(entries.length);
    expect(expectedIds({ district }).length, 'a district that narrows the list').toBeLessThan(entries.length);

    await openServices(page, lang, MONDAY_LUNCHTIME);
    const historyBefore = await page.evaluate(() => history.length);
    const urlBefore = page.url();
    const status = page.locator('[data-results-count]');
    await expect(status).toHaveRole('status');
    await expect(status).toHaveAttribute('data-results-count', String(entries.length));
    expect(await shownIds(page)).toEqual(expectedIds({}));

    const steps: Array<[string, () => Promise<unknown>, DirectoryFilters]> = [
      ['crime type', () => page.getByLabel(t['directory.crimeType']!, { exact: true }).selectOption(crimeType), { crimeType }],
      ['age under 18', () => page.getByRole('radio', { name: t['directory.age.under18'] }).check(), { age: 'under-18' }],
      ['age 18 or over', () => page.getByRole('radio', { name: t['directory.age.adult'] }).check(), { age: 'adult' }],
      [
        'exact age',
        async () => {
          await page.getByRole('radio', { name: t['directory.age.exact'] }).check();
          await page.getByLabel(t['directory.age.years']!).fill('15');
        },
        { age: 15 },
      ],
      ['district', () => page.getByLabel(t['directory.district']!, { exact: true }).selectOption(district), { district }],
      ['self-referral', () => page.getByLabel(t['directory.selfReferral']!).check(), { selfReferral: true }],
      ['no police report', () => page.getByLabel(t['directory.noPoliceReport']!).check(), { noPoliceReport: true }],
      ['open now', () => page.getByLabel(t['directory.openNow']!, { exact: true }).check(), { openNow: true }],
      ['language', () => page.getByLabel(t['directory.language']!).selectOption(language), { language }],
    ];
    for (const [name, act, filters] of steps) {
      await act();
      const expected = expectedIds(filters, MONDAY_LUNCHTIME);
      await expect(status, name).toHaveAttribute('data-results-count', String(expected.length));
      await expect(status, name).toHaveText(expected.length === 0 ? t['directory.noResults']! : new RegExp(`^${expected.length} `));
      expect(await shownIds(page), name).toEqual(expected);
      await page.getByRole('button', { name: t['directory.clear'] }).click();
      await expect(status, `${name}: cleared`).toHaveAttribute('data-results-count', String(entries.length));
    }

    // Combined filters narrow further; local services come before national ones for a district.
    await page.getByLabel(t['directory.crimeType']!, { exact: true }).selectOption(crimeType);
    await page.getByLabel(t['directory.district']!, { exact: true }).selectOption(district);
    const combined = expectedIds({ crimeType, district }, MONDAY_LUNCHTIME);
    await expect(status).toHaveAttribute('data-results-count', String(combined.length));
    expect(await shownIds(page)).toEqual(combined);
    const localFirst = (await shownIds(page)).map((id) => (entries.find((e) => e.id === id)!.areasServed.includes(district) ? 0 : 1));
    expect(localFirst).toEqual([...localFirst].sort());
    const districtName = content.districts.find((d) => d.id === district)!.name;
    await expect(page.getByText(en['district.towns']!.replace('{{towns}}', ''))).toBeVisible();
    for (const m of filterDirectory(entries, { crimeType, district })) {
      const badge = m.national ? t['directory.badge.national']! : t['directory.badge.localTo']!.replace('{{district}}', districtName);
      await expect(page.locator(`[data-results] > li[data-service="${m.id}"]`).getByText(badge, { exact: true })).toBeVisible();
    }

    // Nothing chosen is written to the URL, the history or storage.
    expect(page.url()).toBe(urlBefore);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(await page.evaluate(() => [Object.keys(sessionStorage), Object.keys(localStorage), document.cookie])).toEqual([[], [], '']);
  });

  test('open now is worked out in UK time at the moment of looking', async ({ page }) => {
    await openServices(page, lang, SATURDAY_NIGHT);
    await page.getByLabel(en['directory.openNow']!, { exact: true }).check();
    expect(await shownIds(page)).toEqual(expectedIds({ openNow: true }, SATURDAY_NIGHT));
  });

  test('someone under 18 is told which service can say which help is for young people; nobody else is', async ({ page }) => {
    const note = page.locator('[data-young-people-note]');
    await openServices(page);
    await expect(note).toHaveCount(0);
    await page.getByRole('radio', { name: en['directory.age.under18'] }).check();
    // An area that names no such service (content/settings/area.yaml, youngPeople) shows no note.
    if (!area.youngPeople) return expect(note).toHaveCount(0);
    const href = `/${lang}/services/${area.youngPeople.askService}/`;
    await expect(note).toBeVisible();
    await expect(note.locator(`a[href="${href}"]`)).toHaveText(services.find((s) => s.id === area.youngPeople!.askService)!.name);
    await page.getByRole('radio', { name: en['directory.age.adult'] }).check();
    await expect(note).toHaveCount(0);
    await page.getByRole('radio', { name: en['directory.age.exact'] }).check();
    await page.getByLabel(en['directory.age.years']!).fill('15');
    await expect(note).toBeVisible();
    await page.getByLabel(en['directory.age.years']!).fill('18');
    await expect(note).toHaveCount(0);
  });

  test('a mistyped age says what to write instead of hiding everything', async ({ page }) => {
    await openServices(page);
    await page.getByRole('radio', { name: en['directory.age.exact'] }).check();
    const input = page.getByLabel(en['directory.age.years']!);
    await input.fill('abc');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(en['directory.age.invalid']!)).toBeVisible();
    expect(await shownIds(page)).toEqual(expectedIds({}));
  });

  for (const l of journeyLocales) {
    test(`/${l.code}/services/ with filters applied has no axe violations`, async ({ page, context }) => {
      const offsite = await blockThirdParties(context);
      const t = strings(l.code);
      await openServices(page, l.code);
      await page.getByLabel(t['directory.district']!, { exact: true }).selectOption(content.districts[0]!.id);
      await page.getByRole('radio', { name: t['directory.age.exact'] }).check();
      await page.getByLabel(t['directory.age.years']!).fill('abc');
      await page.getByLabel(t['directory.selfReferral']!).check();
      await expect(page.getByText(t['directory.age.invalid']!)).toBeVisible();
      await expectNoAxeViolations(page);
      // And with a filter that leaves nothing, the "no results" message.
      await page.getByLabel(t['directory.age.years']!).fill('120');
      await page.getByLabel(t['directory.openNow']!, { exact: true }).check();
      await page.getByLabel(t['directory.noPoliceReport']!).check();
      await expectNoAxeViolations(page);
      expect(offsite).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("reaches a service's phone number from the home page in at most three clicks", async ({ page }) => {
    // A crime type with a specialist service that has a phone number to call.
    const withPhone = services.find((s) => voicePhone(s) && s.crimeTypes.some((c) => c !== 'any'))!;
    const crimeType = content.crimeTypes.find((c) => withPhone.crimeTypes.includes(c.id))!;
    const phone = voicePhone(withPhone)!;
    await page.goto(`/${lang}/`);
    await page.getByRole('link', { name: crimeType.name }).first().click(); // 1
    await expect(page).toHaveURL(`/${lang}/crime-types/${crimeType.id}/`);
    await page.getByRole('link', { name: withPhone.name, exact: true }).click(); // 2
    await expect(page).toHaveURL(`/${lang}/services/${withPhone.id}/`);
    const call = page.locator(`a[href="tel:${phone.e164}"]`).first();
    await expect(call).toBeVisible();
    await expect(call).toContainText(phone.display);
    const box = (await call.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    // Without JavaScript there is no dead "Add to my list" button and no "open now" guess.
    await expect(page.getByRole('button', { name: new RegExp(en['list.add']!) })).toHaveCount(0);
    await expect(page.locator('[data-open-status]')).toBeHidden();
    if (withPhone.hours && !withPhone.hours.alwaysOpen) await expect(page.getByRole('table')).toBeVisible();
  });

  test('the services page lists every service and links to every crime-type and district page', async ({ page }) => {
    await page.goto(`/${lang}/services/`);
    expect(await shownIds(page)).toEqual(services.map((s) => s.id));
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    for (const c of content.crimeTypes) await expect(page.locator(`a[href="/${lang}/crime-types/${c.id}/"]`)).toHaveCount(1);
    for (const d of content.districts) await expect(page.locator(`a[href="/${lang}/districts/${d.id}/"]`)).toHaveCount(1);
  });

  test('the home page links to every crime-type and district page, with towns', async ({ page }) => {
    await page.goto(`/${lang}/`);
    for (const c of content.crimeTypes) await expect(page.locator(`a[href="/${lang}/crime-types/${c.id}/"]`)).toContainText(c.name);
    for (const d of content.districts) {
      const link = page.locator(`a[href="/${lang}/districts/${d.id}/"]`);
      await expect(link).toContainText(d.name);
      await expect(link).toContainText(d.towns[0]!);
    }
  });

  test('a district page lists its local services first, then national ones marked "national"', async ({ page }) => {
    for (const d of content.districts) {
      await page.goto(`/${lang}/districts/${d.id}/`);
      const matches = filterDirectory(entries, { district: d.id });
      expect(await page.locator('article[data-service]').evaluateAll((a) => a.map((x) => x.getAttribute('data-service')))).toEqual(
        matches.map((m) => m.id),
      );
      // Local first, then national (checked against the content, not only against the sorting code).
      const national = matches.map((m) => (entries.find((e) => e.id === m.id)!.areasServed.includes('national') ? 1 : 0));
      expect(national).toEqual([...national].sort());
      for (const m of matches.filter((x) => x.national)) {
        await expect(page.locator(`article[data-service="${m.id}"]`).getByText(en['directory.badge.national']!, { exact: true })).toBeVisible();
      }
    }
  });

  test('a crime-type page lists specialists first, then services for any crime', async ({ page }) => {
    for (const c of content.crimeTypes) {
      await page.goto(`/${lang}/crime-types/${c.id}/`);
      expect(await page.locator('article[data-service]').evaluateAll((a) => a.map((x) => x.getAttribute('data-service')))).toEqual(
        expectedIds({ crimeType: c.id }),
      );
    }
  });

  test('the list page says it needs JavaScript and links to browsing', async ({ page }) => {
    await page.goto(`/${lang}/my-list/`);
    await expect(page.getByText(en['list.noScript']!)).toBeVisible();
    await expect(page.getByRole('link', { name: en['list.browse'] })).toHaveAttribute('href', `/${lang}/services/`);
    await expect(page.getByRole('button')).toHaveCount(0);
  });
});

test.describe('service pages', () => {
  // Their JSON-LD, phone links, last-checked line and notices are checked on every service page in
  // every locale by the static tier (tests/dist/services.test.ts).
  test('says "open now" or "closed now" in UK time, whatever the device clock zone', async ({ browser }) => {
    const s = services.find((x) => x.hours && !x.hours.alwaysOpen) ?? services.find((x) => x.hours);
    expect(s, 'a service with opening hours in content/').toBeTruthy();
    for (const [now, zone] of [
      [MONDAY_LUNCHTIME, 'Asia/Karachi'],
      [SATURDAY_NIGHT, 'America/New_York'],
    ] as const) {
      const context = await browser.newContext({ timezoneId: zone });
      const page = await context.newPage();
      await page.clock.setFixedTime(now);
      await page.goto(`/${lang}/services/${s!.id}/`);
      const open = entries.find((e) => e.id === s!.id)!;
      const expected = filterDirectory([open], { openNow: true }, now).length === 1;
      const status = page.locator('[data-open-status]');
      await expect(status).toBeVisible();
      await expect(status).toHaveText(expected ? en['service.openNow']! : en['service.closedNow']!);
      await context.close();
    }
  });

  test('prints on its own: name, phone numbers, hours; no navigation or buttons', async ({ page }) => {
    const s = services.find((x) => voicePhone(x)) ?? services[0]!;
    await page.goto(`/${lang}/services/${s.id}/`);
    await expect(page.locator('[data-list-toggle]')).toBeVisible();
    const text = await pdfText(page);
    expect(text.text).toContain(s.name);
    for (const p of s.contact.phones) expect(text.text).toContain(p.display);
    if (s.contact.website) expect(text.text).toContain(new URL(s.contact.website).hostname);
    for (const key of ['nav.home', 'nav.information', 'quickExit.label', 'list.add', 'service.reportProblem', 'footer.pages']) {
      expect(text.text, key).not.toContain(en[key]!);
    }
  });
});

async function pdfText(page: Page) {
  const pdf = await page.pdf({ format: 'A4' });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, ' ') };
}

test.describe('my list', () => {
  // Up to five services: a typical shortlist, which must print on at most two A4 pages.
  const picked = services.slice(0, 5);

  async function addOnServicePage(page: Page, id: string, code = lang) {
    await page.goto(`/${code}/services/${id}/`);
    const t = strings(code);
    await page.getByRole('button', { name: t['list.add'] }).click();
    await expect(page.getByRole('button', { name: t['list.remove'] })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: t['list.added']! })).toBeVisible();
  }

  test('survives moving between pages in one tab, lives only in sessionStorage, and prints on one or two A4 pages', async ({ page, context }) => {
    const offsite = await blockThirdParties(context);
    for (const s of picked) await addOnServicePage(page, s.id);
    // Back on an added service's page, it shows as added.
    await page.goto(`/${lang}/services/${picked[0]!.id}/`);
    await expect(page.getByRole('button', { name: en['list.remove'] })).toBeVisible();
    // The services page knows the list too.
    await openServices(page);
    await expect(page.getByRole('link', { name: new RegExp(`\\(${picked.length} `) })).toBeVisible();

    await page.goto(`/${lang}/my-list/`);
    const items = page.locator('[data-list-items] > li');
    await expect(items).toHaveCount(picked.length);
    expect(await items.evaluateAll((li) => li.map((x) => x.getAttribute('data-service')))).toEqual(picked.map((s) => s.id));
    for (const s of picked) {
      const item = page.locator(`[data-list-items] > li[data-service="${s.id}"]`);
      await expect(item.getByRole('heading')).toHaveText(s.name);
      for (const p of s.contact.phones) await expect(item).toContainText(p.display);
    }
    await expect(page.getByText(en['list.noScript']!)).toBeHidden();

    // Only sessionStorage, under the one key; nothing in localStorage or cookies.
    const stored = await page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage } }));
    expect(stored).toEqual({ session: { [LIST_KEY]: JSON.stringify(picked.map((s) => s.id)) }, local: {} });
    expect(await context.cookies()).toEqual([]);

    // Printed: every name and phone number, no navigation and no buttons, one or two A4 pages.
    const printed = await pdfText(page);
    for (const s of picked) {
      expect(printed.text).toContain(s.name);
      for (const p of s.contact.phones) expect(printed.text).toContain(p.display);
    }
    for (const key of ['nav.home', 'nav.services', 'nav.information', 'quickExit.label', 'list.print', 'list.copy', 'list.clear', 'list.remove', 'footer.pages']) {
      expect(printed.text, key).not.toContain(en[key]!);
    }
    for (const l of locales.filter((x) => x.code !== lang)) expect(printed.text).not.toContain(l.name);
    expect(printed.pages).toBeLessThanOrEqual(2);

    // Removing one updates the list.
    await page.locator(`[data-list-items] > li[data-service="${picked[0]!.id}"]`).getByRole('button').click();
    await expect(items).toHaveCount(picked.length - 1);
    await page.reload();
    await expect(items).toHaveCount(picked.length - 1);
    expect(offsite).toEqual([]);
  });

  test('copies as text for a letter or an email', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const s of picked.slice(0, 2)) await addOnServicePage(page, s.id);
    await page.goto(`/${lang}/my-list/`);
    await expect(page.locator('[data-list-items] > li')).toHaveCount(Math.min(2, picked.length));
    await page.getByRole('button', { name: en['list.copy'] }).click();
    await expect(page.getByRole('status').filter({ hasText: en['list.copied']! })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${en['list.textHeading']}\n\n`)).toBe(true);
    for (const s of picked.slice(0, 2)) {
      expect(copied).toContain(`\n${s.name}\n`);
      for (const p of s.contact.phones) expect(copied).toContain(p.display);
    }
  });

  test('is gone after the quick exit', async ({ page, context }) => {
    await blockThirdParties(context);
    await addOnServicePage(page, picked[0]!.id);
    await page.goto(`/${lang}/my-list/`);
    await expect(page.locator('[data-list-items] > li')).toHaveCount(1);
    await page.locator('a[data-quick-exit]').click();
    await page.goto(`/${lang}/my-list/`);
    await expect(page.getByText(en['list.empty']!)).toBeVisible();
    await expect(page.locator('[data-list-items] > li')).toHaveCount(0);
    expect(await page.evaluate((key) => sessionStorage.getItem(key), LIST_KEY)).toBeNull();
  });

  test('is not shared with another tab', async ({ page, context }) => {
    await addOnServicePage(page, picked[0]!.id);
    const other = await context.newPage();
    await other.goto(`/${lang}/my-list/`);
    await expect(other.getByText(en['list.empty']!)).toBeVisible();
  });

  for (const l of journeyLocales) {
    test(`/${l.code}/my-list/ with services on it has no axe violations`, async ({ page }) => {
      for (const s of picked.slice(0, 2)) await addOnServicePage(page, s.id, l.code);
      await page.goto(`/${l.code}/my-list/`);
      await expect(page.locator('[data-list-items] > li')).toHaveCount(Math.min(2, picked.length));
      await expectNoAxeViolations(page);
      // And the service page with its script running and the item added.
      await page.goto(`/${l.code}/services/${picked[0]!.id}/`);
      await expect(page.getByRole('button', { name: strings(l.code)['list.remove'] })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
