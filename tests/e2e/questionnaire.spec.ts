import { expect, test, type Page } from '@playwright/test';
import { isNational, specialisesIn } from '../../src/lib/eligibility.ts';
import { findHelp, resultsPath, type Answers } from '../../src/lib/questionnaire.ts';
import { blockThirdParties, cspViolations, expectNoAxeViolations, recordCspViolations, stubQuickExitDestination } from '../support/browser.ts';
import { area, content, journeyLocales } from '../support/content.ts';
import { t, ui } from '../support/strings.ts';

// Everything is read from content, so the journey follows the content as it grows.
const questionnaire = content.questionnaire!;
const lang = area.defaultLocale;
const en = ui(lang);
const STORAGE_KEY = 'signpost:find-help';
/** "Question 2 of 6": numbered among the questions that ask something (not the information steps). */
const total = questionnaire.questions.filter((q) => q.type === 'choice').length;
const progress = (number: number) => t(lang, 'questionnaire.progress', { number, total });

// A local specialist service, the crime type it helps with and a district and town it covers.
// A local specialist service that says no police report is needed (the journey below answers 'no').
const local = content.services.find((s) => !isNational(s) && s.policeReport?.needed === false && s.crimeTypes.some((c) => content.crimeTypes.some((ct) => ct.id === c)))!;
const crime = content.crimeTypes.find((c) => specialisesIn(local, c.id))!;
const district = content.districts.find((d) => local.areasServed.includes(d.id))!;
const town = district.towns.at(-1)!;

const journey: Answers = {
  safe: ['no'],
  'what-happened': [crime.id],
  who: ['me'],
  age: ['adult'],
  where: [district.id],
  police: ['no'],
};
const expected = findHelp(questionnaire, content.services, content.crimeTypes, journey);

const question = (page: Page) => page.locator('main h2[tabindex="-1"]');
const option = (page: Page, label: string) => page.locator('main').getByLabel(label, { exact: true });
const press = (page: Page, label: string) => page.locator('main').getByRole('button', { name: label, exact: true }).click();

async function expectNoTrace(page: Page) {
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('');
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    cookie: document.cookie,
    session: Object.keys(sessionStorage),
    state: history.state,
    databases: (await indexedDB.databases()).length,
  }));
  expect(stored.local).toBe(0);
  expect(stored.cookie).toBe('');
  expect(stored.databases).toBe(0);
  expect(stored.session.filter((k) => k !== STORAGE_KEY)).toEqual([]);
  // History entries carry a step number and nothing else.
  expect(Object.keys(stored.state ?? {})).toEqual(['findHelpStep']);
  expect(typeof stored.state.findHelpStep).toBe('number');
  expect(await page.context().cookies()).toEqual([]);
}

test.describe('find help, with JavaScript', () => {
  test('completes the questions and lists the expected services, best first, leaving no answer in the URL', async ({ context, page }) => {
    const offsite = await blockThirdParties(context);
    await recordCspViolations(context);
    const urls: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && urls.push(frame.url()));
    await page.goto(`/${lang}/find-help/`);

    await expect(question(page)).toContainText(progress(1));
    await expect(question(page)).toContainText(en['questionnaire.safe.legend']!);
    await option(page, en['questionnaire.safe.no']!).check();
    await press(page, en['questionnaire.continue']!);

    // Not safe: what to do now, with the area's own numbers, then carry on.
    await expect(question(page)).toHaveText(en['questionnaire.stayingSafe.heading']!);
    await expect(question(page)).toBeFocused();
    await expect(page.locator(`main a[href="tel:${area.emergency.emergency}"]`).first()).toBeVisible();
    await expect(page.locator('main')).toContainText(
      t(lang, 'questionnaire.stayingSafe.silent', { emergency: area.emergency.emergency, silentSolution: area.emergency.silentSolution }),
    );
    await expect(page.locator('main')).toContainText(area.emergency.nonEmergencyTextphone);
    await press(page, en['questionnaire.stayingSafe.continue']!);

    await expect(question(page)).toContainText(progress(2));
    await expect(question(page)).toBeFocused();
    await expect(page.locator('main')).toContainText(crime.hint);
    await option(page, crime.name).check();
    await press(page, en['questionnaire.continue']!);

    await expect(question(page)).toContainText(progress(3));
    await option(page, en['questionnaire.who.me']!).check();
    await press(page, en['questionnaire.continue']!);

    await expect(question(page)).toContainText(progress(4));
    await option(page, en['questionnaire.age.adult']!).check();
    await press(page, en['questionnaire.continue']!);

    // Where: find the district by typing one of its towns.
    await expect(question(page)).toContainText(progress(5));
    await page.getByLabel(en['questionnaire.where.search']!).fill(town);
    await expect(page.locator('main').getByRole('status')).toHaveText(en['questionnaire.where.results_one']!.replace('{{count}}', '1'));
    await expect(page.locator('main')).toContainText(en['questionnaire.where.found']!.replace('{{town}}', town).replace('{{district}}', district.name));
    await press(page, en['questionnaire.where.choose']!.replace('{{district}}', district.name));
    await expect(option(page, district.name)).toBeChecked();
    await press(page, en['questionnaire.continue']!);

    await expect(question(page)).toContainText(progress(6));
    await option(page, en['questionnaire.police.no']!).check();
    await press(page, en['questionnaire.continue']!);

    await expect(question(page)).toHaveText(en['questionnaire.results.heading']!);
    await expect(question(page)).toBeFocused();
    const listed = page.locator('[data-results] > li');
    await expect(listed).toHaveCount(expected.suggestions.length);
    expect(await listed.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service))).toEqual(expected.suggestions.map((s) => s.id));
    const first = listed.filter({ has: page.locator(`a[href="/${lang}/services/${local.id}/"]`) });
    await expect(first).toContainText(en['questionnaire.reason.coversDistrict']!.replace('{{district}}', district.name));
    await expect(first).toContainText(en['questionnaire.reason.noPoliceReport']!);
    if (crime.enhancedRights) {
      await expect(page.locator('[data-rights-note] a')).toHaveAttribute('href', `/${lang}/information/victims-code-rights/`);
    }
    await expect(page.getByRole('link', { name: en['questionnaire.results.browseAll'] })).toHaveAttribute('href', `/${lang}/services/`);

    // The address never changed and holds no answer; nothing outlives the tab.
    expect(new Set(urls)).toEqual(new Set([page.url()]));
    expect(page.url()).toMatch(/\/en\/find-help\/$/);
    for (const value of [crime.id, district.id, 'adult', 'no']) expect(page.url()).not.toContain(`=${value}`);
    await expectNoTrace(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(offsite).toEqual([]);
  });

  test("the browser's Back button moves back a question, keeping the answers, without leaving the page", async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.locator('[data-find-help-cta] a').click();
    await expect(page).toHaveURL(`/${lang}/find-help/`);
    await option(page, en['questionnaire.safe.yes']!).check();
    await press(page, en['questionnaire.continue']!);
    await option(page, crime.name).check();
    await press(page, en['questionnaire.continue']!);
    await expect(question(page)).toContainText(progress(3));

    await page.goBack();
    await expect(question(page)).toContainText(progress(2));
    await expect(question(page)).toBeFocused();
    await expect(option(page, crime.name)).toBeChecked();
    await expect(page).toHaveURL(`/${lang}/find-help/`);

    await page.goBack();
    await expect(question(page)).toContainText(progress(1));
    await expect(option(page, en['questionnaire.safe.yes']!)).toBeChecked();

    await page.goForward();
    await expect(question(page)).toContainText(progress(2));

    // The in-page Back button does the same.
    await press(page, en['questionnaire.back']!);
    await expect(question(page)).toContainText(progress(1));
    await page.goBack();
    await expect(page).toHaveURL(`/${lang}/`);
    await expectNoAxeViolations(page);
  });

  test('offers change answers, start again and browse everything', async ({ page }) => {
    await page.goto(`/${lang}/find-help/`);
    await option(page, en['questionnaire.safe.yes']!).check();
    await press(page, en['questionnaire.continue']!);
    for (let i = 0; i < 5; i++) await press(page, en['questionnaire.skip']!);
    await expect(question(page)).toHaveText(en['questionnaire.results.heading']!);
    await expect(page.locator('[data-results] > li')).toHaveCount(content.services.length);

    // Change one answer: back to that question, then on to the results again.
    await page.locator('main').getByRole('button', { name: `${en['questionnaire.results.change']} ${en['questionnaire.where.legend']}` }).click();
    await expect(question(page)).toContainText(en['questionnaire.where.legend']!);
    await option(page, en['questionnaire.where.elsewhere']!).check();
    await press(page, en['questionnaire.continue']!);
    await press(page, en['questionnaire.continue']!);
    const national = findHelp(questionnaire, content.services, content.crimeTypes, { safe: ['yes'], where: ['elsewhere'] });
    expect(await page.locator('[data-results] > li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service))).toEqual(
      national.suggestions.map((s) => s.id),
    );

    await press(page, en['questionnaire.results.changeAnswers']!);
    await expect(question(page)).toContainText(progress(1));
    await expect(option(page, en['questionnaire.safe.yes']!)).toBeChecked();

    // The answers are kept: carrying on through them leads back to the same results.
    for (let i = 0; i < 6; i++) await press(page, en['questionnaire.continue']!);
    await expect(question(page)).toHaveText(en['questionnaire.results.heading']!);
    await expect(page.locator('[data-results] > li')).toHaveCount(national.suggestions.length);
    await press(page, en['questionnaire.results.startAgain']!);
    await expect(question(page)).toContainText(progress(1));
    await expect(page.locator('main input:checked')).toHaveCount(0);
    // Nothing is kept once the answers are gone.
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  test('Exit this page wipes the answers: coming back starts afresh', async ({ context, page }) => {
    await blockThirdParties(context);
    const visits = await stubQuickExitDestination(context);
    await page.goto(`/${lang}/find-help/`);
    await option(page, en['questionnaire.safe.yes']!).check();
    await press(page, en['questionnaire.continue']!);
    await option(page, crime.name).check();
    await expect(option(page, crime.name)).toBeChecked();
    await page.locator('a[data-quick-exit]').click();
    await expect(page).toHaveURL(area.quickExit.url);
    expect(visits).toHaveLength(1);
    // Exit this page replaced the question being answered; Back reaches the one before it.
    await page.goBack();
    await expect(question(page)).toContainText(progress(1));
    await expect(page.locator('main input:checked')).toHaveCount(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  test('works with the keyboard alone, and every control is at least 44 by 44 pixels', async ({ page }) => {
    test.slow(); // measures every control on six screens
    await page.goto(`/${lang}/find-help/`);
    const yes = option(page, en['questionnaire.safe.yes']!);
    await yes.focus();
    await page.keyboard.press('Space');
    await expect(yes).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: en['questionnaire.continue'], exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question(page)).toContainText(progress(2));
    await expect(question(page)).toBeFocused();

    for (let step = 0; step < 6; step++) {
      const controls = page.locator('main button, main input');
      for (const control of await controls.all()) {
        // A radio button or checkbox is reached through its whole row, which its label covers.
        const target = (await control.getAttribute('type'))?.match(/radio|checkbox/) ? control.locator('xpath=..') : control;
        const box = (await target.boundingBox())!;
        expect(box.width, await target.innerText()).toBeGreaterThanOrEqual(44);
        expect(box.height, await target.innerText()).toBeGreaterThanOrEqual(44);
      }
      if (step < 5) await press(page, en['questionnaire.skip']!);
    }
  });

  for (const locale of journeyLocales) {
    test(`no axe violations on any step or the results (${locale.code})`, async ({ context, page }) => {
      test.slow(); // eight full axe scans
      const offsite = await blockThirdParties(context);
      const words = ui(locale.code);
      await page.goto(`/${locale.code}/find-help/`);
      await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
      await expect(question(page)).toBeVisible();
      await expectNoAxeViolations(page);
      await option(page, words['questionnaire.safe.no']!).check();
      await press(page, words['questionnaire.continue']!);
      await expect(question(page)).toHaveText(words['questionnaire.stayingSafe.heading']!);
      await expectNoAxeViolations(page);
      await press(page, words['questionnaire.stayingSafe.continue']!);
      for (const q of questionnaire.questions.filter((x) => x.type === 'choice').slice(1)) {
        await expect(question(page)).toContainText(words[q.legend]!);
        if (q.options === 'districts') await page.getByLabel(words['questionnaire.where.search']!).fill(town);
        // By value: the crime type's name is translated in some languages.
        if (q.options === 'crime-types') await page.locator(`main input[value="${crime.id}"]`).check();
        await expectNoAxeViolations(page);
        await press(page, words['questionnaire.continue']!);
      }
      await expect(question(page)).toHaveText(words['questionnaire.results.heading']!);
      await expect(page.locator('[data-results] > li').first()).toBeVisible();
      await expectNoAxeViolations(page);
      expect(offsite).toEqual([]);
    });

    test(`the results page without JavaScript has no axe violations with answers chosen (${locale.code})`, async ({ page }) => {
      const words = ui(locale.code);
      await page.goto(`/${locale.code}/find-help/${resultsPath(crime.id)}`);
      await option(page, words['questionnaire.who.professional']!).check();
      await option(page, district.name).check();
      await option(page, words['questionnaire.police.notSure']!).check();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('find help, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('works end to end through pre-rendered pages, says they enter the history, and lists the expected services', async ({ context, page }) => {
    const offsite = await blockThirdParties(context);
    await page.goto(`/${lang}/find-help/`);
    await expect(page.locator('#no-js-notice')).toHaveText(en['questionnaire.noJs.notice']!);
    await expect(page.locator('main h2').first()).toContainText(en['questionnaire.safe.legend']!);
    await page.getByRole('link', { name: en['questionnaire.safe.no'], exact: true }).click();

    await expect(page).toHaveURL(`/${lang}/find-help/step/staying-safe/`);
    await expect(page.locator(`main a[href="tel:${area.emergency.emergency}"]`).first()).toBeVisible();
    await page.getByRole('link', { name: en['questionnaire.stayingSafe.continue'] }).click();

    await expect(page).toHaveURL(`/${lang}/find-help/step/what-happened/`);
    await expect(page.locator('#no-js-notice')).toBeVisible();
    await page.locator(`main a[href="/${lang}/find-help/${resultsPath(crime.id)}"]`).click();

    // The address does not name what happened.
    const resultsUrl = `/${lang}/find-help/${resultsPath(crime.id)}`;
    expect(resultsUrl).not.toContain(crime.id);
    await expect(page).toHaveURL(resultsUrl);
    await expect(page.locator('#no-js-notice')).toBeVisible();
    await option(page, en['questionnaire.who.me']!).check();
    await option(page, en['questionnaire.age.adult']!).check();
    await option(page, district.name).check();
    await option(page, en['questionnaire.police.no']!).check();

    const shown = page.locator('[data-results] > li:visible');
    await expect(shown).toHaveCount(expected.suggestions.length);
    expect(await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service))).toEqual(expected.suggestions.map((s) => s.id));
    const first = shown.filter({ has: page.locator(`a[href="/${lang}/services/${local.id}/"]`) });
    // Without JavaScript one line stands for every district the service covers.
    await expect(first.locator('li:visible')).toContainText([en['questionnaire.reason.coversChosen']!]);
    await expect(first).not.toContainText(en['questionnaire.reason.professionalReferral']!, { useInnerText: true });
    await expect(first).toContainText(en['questionnaire.reason.noPoliceReport']!, { useInnerText: true });
    await expect(page).toHaveURL(resultsUrl);

    // Clearing the answers shows every service for the crime type again.
    await page.getByRole('button', { name: en['questionnaire.noJs.clear'] }).click();
    const all = findHelp(questionnaire, content.services, content.crimeTypes, { 'what-happened': [crime.id] });
    await expect(shown).toHaveCount(all.suggestions.length);
    await expect(page).toHaveURL(resultsUrl);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await context.cookies()).toEqual([]);
    expect(offsite).toEqual([]);
  });

  test('someone who says they are under 18 is told which service can say which help is for young people', async ({ page }) => {
    await page.goto(`/${lang}/find-help/${resultsPath(crime.id)}`);
    // The one paragraph shown by an answer (the reasons shown by answers are list items).
    const note = page.locator('#fh p[data-when]');
    await expect(note).toBeHidden();
    await option(page, en['questionnaire.age.under18']!).check();
    // An area that names no such service (content/settings/area.yaml, youngPeople) shows no note.
    if (!area.youngPeople) return expect(note).toHaveCount(0);
    await expect(note).toBeVisible();
    await expect(note.locator(`a[href="/${lang}/services/${area.youngPeople.askService}/"]`)).toBeVisible();
    await option(page, en['questionnaire.age.adult']!).check();
    await expect(note).toBeHidden();
  });

  test('after Exit this page and then Back, no answer is ticked any more', async ({ context, page }) => {
    await blockThirdParties(context);
    await stubQuickExitDestination(context);
    const resultsUrl = `/${lang}/find-help/${resultsPath(crime.id)}`;
    await page.goto(resultsUrl);
    await option(page, en['questionnaire.who.me']!).check();
    await option(page, district.name).check();
    expect(await page.locator('main input:checked').count()).toBe(2);
    // Without JavaScript the exit is a plain link.
    await page.locator('a[data-quick-exit]').click();
    await expect(page.locator('#stub')).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(resultsUrl);
    await expect(page.locator('main form')).toHaveAttribute('autocomplete', 'off');
    await expect(page.locator('main input[type="radio"]').first()).toBeVisible();
    expect(await page.locator('main input:checked').count()).toBe(0);
  });

  test('"I\'d rather not say" leads to the services that help after any crime', async ({ page }) => {
    await page.goto(`/${lang}/find-help/step/what-happened/`);
    await page.getByRole('link', { name: en['questionnaire.whatHappened.ratherNotSay'] }).click();
    await expect(page).toHaveURL(`/${lang}/find-help/results/`);
    await expect(page.locator('main')).toContainText(en['questionnaire.noJs.noCrime']!);
    const general = findHelp(questionnaire, content.services, content.crimeTypes, { 'what-happened': ['rather-not-say'] });
    expect(general.suggestions.length).toBeGreaterThan(0);
    expect(await page.locator('[data-results] > li:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service))).toEqual(
      general.suggestions.map((s) => s.id),
    );
  });
});
