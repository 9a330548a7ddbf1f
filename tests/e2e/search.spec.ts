import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { servesAge, servesCrime, servesDistrict } from '../../src/lib/eligibility.ts';
import { blockThirdParties, cspViolations, expectNoAxeViolations, recordCspViolations } from '../support/browser.ts';
import { area, content, districtsByName, journeyLocales, locales } from '../support/content.ts';
import { builtPages, fileOf } from '../support/site.ts';
import { allResultPaths, choose, count, openSearch, resultPaths, search, searched } from '../support/search.ts';
import { t as say, ui as strings } from '../support/strings.ts';

// Search (Pagefind) on /<lang>/search/. Expectations about which pages fit a filter come from
// content/ and the eligibility core, never from a list kept here. This area's everyday queries
// are in content/areas/<area>/tests/search.spec.ts.
const servicesById = new Map(content.services.map((s) => [s.id, s]));

/** A crime type's word that finds its page and the services specialising in it ("DV"). */
const specialist = content.crimeTypes.find((c) => content.services.some((s) => s.crimeTypes.includes(c.id)) && c.synonyms.length > 0)!;
const crimeWord = specialist.synonyms[0]!;
/**
 * Two one-word synonyms of different crime types that no built page of the language has together
 * (by their first five letters, as a stemmer might shorten them): a search for both finds pages
 * with some of the words ("stalker burgled").
 */
function wordsNoPageHasTogether(code: string): string {
  const texts = builtPages()
    .filter((p) => p.startsWith(`/${code}/`))
    .map((p) => readFileSync(fileOf(p), 'utf8').toLowerCase())
    // What Pagefind indexes: the page's main content.
    .filter((html) => html.includes('data-pagefind-body'))
    .map((html) => html.slice(html.indexOf('<main'), html.indexOf('</main>')));
  const words = content.crimeTypes.flatMap((c) => c.synonyms.filter((w) => /^\p{L}{5,}$/u.test(w)).map((w) => ({ crime: c.id, w })));
  for (const a of words) {
    for (const b of words) {
      if (a.crime >= b.crime) continue;
      const [x, y] = [a.w.toLowerCase().slice(0, 5), b.w.toLowerCase().slice(0, 5)];
      if (texts.some((t) => t.includes(x)) && texts.some((t) => t.includes(y)) && !texts.some((t) => t.includes(x) && t.includes(y))) return `${a.w} ${b.w}`;
    }
  }
  throw new Error(`no two crime-type words appear on separate pages only, in ${code}`);
}

/** What the live region says for `n` results for `query`, in the language's own plural form. */
const announced = (code: string, n: number, query: string) => say(code, 'search.resultsFor', { count: n, query });

test.describe('filters', () => {
  const code = area.defaultLocale;
  const t = strings(code);

  test('narrow the results to the pages that fit, by the eligibility rules, and clear again', async ({ page }) => {
    await openSearch(page, code);
    // A crime type and a district that narrows its results (some of the services found are local),
    // searched by the crime type's name: tried in turn among the pairs the content allows, as the
    // query decides which services are found.
    const candidates = content.crimeTypes.filter((c) =>
      content.districts.some((d) => {
        const serving = content.services.filter((s) => servesCrime(s, c.id));
        const there = serving.filter((s) => servesDistrict(s, d.id));
        return there.length > 0 && there.length < serving.length;
      }),
    );
    let [crime, all] = ['', 0];
    let byCrime: string[] = [];
    let district: (typeof content.districts)[number] | undefined;
    for (const c of candidates) {
      await search(page, c.name);
      all = await count(page);
      await choose(page, t['directory.crimeType']!, c.id);
      const paths = await allResultPaths(page);
      const found = paths.filter((p) => p.includes('/services/')).map((p) => servicesById.get(p.split('/')[3]!)!);
      district = content.districts.find((d) => found.some((s) => servesDistrict(s, d.id)) && found.some((s) => !servesDistrict(s, d.id)));
      if (district) {
        [crime, byCrime] = [c.id, paths];
        break;
      }
      await searched(page, () => page.getByRole('button', { name: t['directory.clear'] }).click());
    }
    if (!district) throw new Error(`no crime type and district narrow the results (tried ${candidates.map((c) => c.id).join(', ')})`);
    expect(byCrime.length).toBeLessThan(all);
    expect(await count(page)).toBe(byCrime.length);
    for (const path of byCrime) {
      const [, , kind, id] = path.split('/');
      if (kind === 'services') expect(servesCrime(servicesById.get(id!)!, crime), path).toBe(true);
      else expect(path).toBe(`/${code}/crime-types/${crime}/`);
    }

    await choose(page, t['directory.district']!, district.id);
    const byDistrict = await allResultPaths(page);
    expect(byDistrict.length).toBeGreaterThan(0);
    expect(byDistrict.length).toBeLessThan(byCrime.length);
    for (const path of byDistrict) {
      const s = servicesById.get(path.split('/')[3]!);
      expect(s, `${path} is a service`).toBeDefined();
      expect(servesCrime(s!, crime) && servesDistrict(s!, district.id), path).toBe(true);
    }

    await choose(page, t['directory.age']!, 'under-18');
    for (const path of await allResultPaths(page)) expect(servesAge(servicesById.get(path.split('/')[3]!)!, 'under-18'), path).toBe(true);

    await searched(page, () => page.getByRole('button', { name: t['directory.clear'] }).click());
    await expect(page.getByLabel(t['directory.crimeType']!, { exact: true })).toHaveValue('');
    expect(await count(page)).toBe(all);
  });

  test('a filter alone lists the crime type and every service that helps with it', async ({ page }) => {
    const crime = content.crimeTypes.find((c) => c.id !== 'other')!.id;
    const expected = [`/${code}/crime-types/${crime}/`, ...content.services.filter((s) => servesCrime(s, crime)).map((s) => `/${code}/services/${s.id}/`)];
    await openSearch(page, code);
    await choose(page, t['directory.crimeType']!, crime);
    expect((await allResultPaths(page)).sort()).toEqual(expected.sort());
  });

  test('an age band keeps out services for the other ages', async ({ page }) => {
    const adultsOnly = content.services.filter((s) => !servesAge(s, 'under-18'));
    expect(adultsOnly.length, 'some services are for adults only').toBeGreaterThan(0);
    await openSearch(page, code);
    await choose(page, t['directory.age']!, 'under-18');
    const shown = await allResultPaths(page);
    expect(shown.length).toBe(content.services.length - adultsOnly.length);
    for (const s of adultsOnly) expect(shown).not.toContain(`/${code}/services/${s.id}/`);
  });
});

// In the default and a right-to-left locale (each language's own index is searched by the area's
// everyday queries, content/areas/<area>/tests/search.spec.ts; its plural forms are checked by tests/unit/i18n.test.ts).
for (const { code } of journeyLocales) {
  test(`${code}: results say what they are; a service shows its area and phone; no axe violations with results showing`, async ({ context, page }) => {
    test.slow(); // three axe runs
    const t = strings(code);
    const offsite = await blockThirdParties(context);
    await recordCspViolations(context);
    // Pagefind warns on the console when its web worker or WebAssembly cannot run (under the CSP, say).
    const warnings: string[] = [];
    page.on('console', (m) => void (['warning', 'error'].includes(m.type()) && warnings.push(m.text())));
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await openSearch(page, code);
    await expect(page.getByRole('searchbox')).toHaveAccessibleName(t['search.label']!);
    // A national and a local service with a phone to call, found by name.
    const withPhone = content.services.filter((s) => s.contact.phones.some((p) => p.kind === 'voice'));
    for (const service of [withPhone.find((s) => s.areasServed.includes('national'))!, withPhone.find((s) => !s.areasServed.includes('national'))!]) {
      await search(page, service.name);
      const result = page.locator('[data-search-results] > li').filter({ has: page.locator(`h3 a[href="/${code}/services/${service.id}/"]`) });
      await expect(result).toHaveCount(1);
      await expect(result).toContainText(t['search.kind.service']!);
      const areas = service.areasServed.includes('national')
        ? t['directory.badge.national']!
        : districtsByName.filter((d) => service.areasServed.includes(d.id)).map((d) => d.name).join(', ');
      await expect(result).toContainText(`${t['service.areas']}: ${areas}`);
      const phone = service.contact.phones.find((p) => p.kind === 'voice')!;
      await expect(result.locator(`a[href="tel:${phone.e164}"]`)).toContainText(phone.display);
      // The live region says how many results, in the language's plural form.
      await expect(page.locator('[data-search-status]')).toHaveText(announced(code, await count(page), service.name));
    }
    await expect(page.locator('[data-search-status]')).toHaveRole('status');

    await search(page, crimeWord);
    const kinds = await page.locator('[data-search-results] > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')));
    expect(kinds).toContain('crime-type');
    expect(kinds).toContain('service');
    await expect(page.locator('[data-search-results] > li[data-kind="crime-type"]').first()).toContainText(t['search.kind.crimeType']!);
    await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
    await expectNoAxeViolations(page);

    // Several words no page has together (two crime types' words, indexed in every language):
    // pages with some of them, and it says so.
    const partial = wordsNoPageHasTogether(code);
    await search(page, partial);
    await expect(page.getByText(t['search.partial']!)).toBeVisible();
    expect(await count(page)).toBeGreaterThan(0);
    await expect(page.locator('[data-search-status]')).toHaveText(announced(code, await count(page), partial));
    await expectNoAxeViolations(page);

    await search(page, 'qqqzzzxxy');
    await expect(page.locator('[data-search-status]')).toHaveText(t['search.noResults']!);
    await expect(page.getByRole('link', { name: t['home.browseServices'] })).toBeVisible();
    await expectNoAxeViolations(page);

    expect(await cspViolations(page)).toEqual([]);
    expect(warnings).toEqual([]);
    expect(workers, 'Pagefind searches in its web worker').toEqual(['/pagefind/pagefind-worker.js']);
    expect(offsite).toEqual([]);
  });
}

test('the query never reaches the URL, the history, storage or a request, and results have a visible focus', async ({ context, page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const code = area.defaultLocale;
  await openSearch(page, code);
  const url = page.url();
  const historyLength = await page.evaluate(() => history.length);
  const query = 'revenge porn';
  await search(page, query);
  await searched(page, () => page.getByRole('searchbox').press('Enter'));
  await choose(page, strings(code)['directory.district']!, content.districts[0]!.id);
  await searched(page, () => page.getByRole('button', { name: strings(code)['search.submit'] }).click());
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(await context.cookies()).toEqual([]);
  for (const word of query.split(' ')) expect(requests.filter((r) => r.toLowerCase().includes(word)), `requests naming "${word}"`).toEqual([]);
  await expect(page.getByRole('searchbox')).toHaveAttribute('autocomplete', 'off');

  // Keyboard: from the search box past the button and the filters to the first result.
  await searched(page, () => page.getByRole('button', { name: strings(code)['directory.clear'] }).click());
  await page.getByRole('searchbox').focus();
  const firstResult = page.locator('[data-search-results] > li h3 a').first();
  for (let i = 0; i < 10 && !(await firstResult.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(firstResult).toBeFocused();
  expect(await firstResult.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('solid');
});

test('every service, crime type and information page is in each language index, with its kind', async ({ page }) => {
  for (const { code } of locales) {
    await page.goto(`/${code}/search/`);
    const kinds = await page.evaluate(async () => {
      // In the page, where the built site serves Pagefind (a variable keeps TypeScript from resolving it).
      const url = '/pagefind/pagefind.js';
      const pagefind = (await import(url)) as { filters(): Promise<Record<string, Record<string, number>>> };
      return (await pagefind.filters()).kind;
    });
    const informationPages = new Set(content.pages.map((p) => p.split('/').slice(1).join('/'))).size;
    expect(kinds, code).toEqual({ service: content.services.length, 'crime-type': content.crimeTypes.length, information: informationPages });
  }
});

test('every page links to search from its header', async ({ page }) => {
  for (const { code } of journeyLocales) {
    for (const path of [`/${code}/`, `/${code}/services/`, `/${code}/information/`]) {
      await page.goto(path);
      await page.getByRole('navigation', { name: strings(code)['nav.label'] }).getByRole('link', { name: strings(code)['nav.search'], exact: true }).click();
      await expect(page).toHaveURL(`/${code}/search/`);
      await expect(page.getByRole('link', { name: strings(code)['nav.search'], exact: true })).toHaveAttribute('aria-current', 'page');
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { code } of journeyLocales) {
    test(`${code}: the search page says search needs JavaScript and offers browsing instead`, async ({ page, request }) => {
      const t = strings(code);
      await page.goto(`/${code}/search/`);
      await expect(page.getByText(t['search.noScript']!)).toBeVisible();
      await expect(page.getByRole('searchbox')).toBeHidden();
      for (const name of [t['home.browseServices']!, t['directory.byCrimeType']!, t['search.browseInformation']!]) {
        const link = page.getByRole('link', { name });
        await expect(link).toBeVisible();
        const href = (await link.getAttribute('href'))!;
        expect((await request.get(href.replace(/#.*$/, ''))).status(), href).toBe(200);
      }
    });
  }
});
