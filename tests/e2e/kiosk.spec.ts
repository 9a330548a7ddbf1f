import { expect, test, type Page } from '@playwright/test';
import { blockThirdParties, cspViolations, expectNoAxeViolations, recordCspViolations } from '../support/browser.ts';
import { area, journeyLocales, locales } from '../support/content.ts';
import { KIOSK_KEY, answerTwoQuestions, answersLeft, expectNoVisitorStorage, islandsReady } from '../support/device.ts';
import { builtPages } from '../support/site.ts';
import { ui } from '../support/strings.ts';

// Kiosk mode on roadshow tablets: staff turn it on for the device; after a while without a touch a
// countdown asks "Are you still there?", then everything the visitor did is cleared and the home
// page returns; "Finish and clear" does the same at once. Timers run on Playwright's clock. Every
// kind of page with kiosk mode on is checked (axe, uncovered exit, storage) by pages.spec.ts.

// Playwright's clock runs on in real time between the steps a test moves it by, so checks just
// before a moment keep this much room (a busy machine can take seconds over a step).
const MARGIN = 20_000;
test.describe.configure({ timeout: 120_000 });
// A kiosk tablet saves each language it shows; that is tested in offline.spec.ts (in the full
// browser). Here the worker is blocked, so no test downloads whole languages in the background.
test.use({ serviceWorkers: 'block' });

const pages = builtPages();
const idleMs = area.kiosk.idleMinutes * 60_000;
const countdownMs = area.kiosk.countdownSeconds * 1000;
/** Where a visitor answers questions: the questionnaire once it is built, else the directory's filters. */
const journey = (code: string) => (pages.includes(`/${code}/find-help/`) ? `/${code}/find-help/` : `/${code}/services/`);

const finishButton = (page: Page) => page.locator('[data-kiosk] > div [data-kiosk-finish]');
const countdown = (page: Page) => page.locator('[data-kiosk] dialog');

/** Turns kiosk mode on the way staff do, on the kiosk page (typing its address), with the staff code. */
async function turnOn(page: Page, code: string) {
  await page.goto(`/${code}/kiosk/`);
  await page.getByLabel(ui(code)['kiosk.setting.code']!).fill(area.kiosk.staffCode);
  await page.getByRole('button', { name: ui(code)['kiosk.setting.turnOn'] }).click();
  // The page loads again, now with the kiosk controls.
  await expect(page.locator('[data-kiosk-state]')).toHaveText(ui(code)['kiosk.setting.on']!);
  await expect(finishButton(page)).toBeVisible();
}

/** Adds the first service shown to "my list" (kept in the tab's sessionStorage). */
async function addToList(page: Page, code: string) {
  await page.locator('main button', { hasText: ui(code)['list.add'] }).first().click();
  await expect(page.locator('main button', { hasText: ui(code)['list.remove'] }).first()).toBeVisible();
}

test('staff turn kiosk mode on and off on the kiosk page, which no page links to, only with the staff code', async ({ context, page }) => {
  const code = area.defaultLocale;
  const t = ui(code);
  await blockThirdParties(context);
  // Not linked from the roadshows page (nor any other: the static tier checks every page).
  await page.goto(`/${code}/roadshows/`);
  await expect(page.locator('a[href$="/kiosk/"]')).toHaveCount(0);
  await page.goto(`/${code}/kiosk/`);
  await expect(page.locator('[data-kiosk-state]')).toHaveText(t['kiosk.setting.off']!);
  await expect(finishButton(page)).toBeHidden();
  await expectNoVisitorStorage(page, { kiosk: false });

  // A wrong code changes nothing, and says so.
  const codeField = page.getByLabel(t['kiosk.setting.code']!);
  await expect(codeField).toHaveAttribute('autocomplete', 'off');
  await codeField.fill(`${area.kiosk.staffCode}0`);
  await page.getByRole('button', { name: t['kiosk.setting.turnOn'] }).click();
  await expect(page.locator('[data-kiosk-message]')).toHaveText(t['kiosk.setting.wrongCode']!);
  await expect(page.locator('[data-kiosk-state]')).toHaveText(t['kiosk.setting.off']!);
  await expect(codeField).toHaveValue('');
  await expectNoVisitorStorage(page, { kiosk: false });
  // The page holds a hash of the code, never the code itself.
  expect(await page.content()).not.toContain(area.kiosk.staffCode);

  await turnOn(page, code);
  await expectNoVisitorStorage(page, { kiosk: true });
  await expectNoAxeViolations(page);

  // On every page from now on, in every language.
  for (const l of locales) {
    await page.goto(`/${l.code}/information/`);
    await expect(finishButton(page)).toHaveText(ui(l.code)['kiosk.finish']!);
  }

  // Turning it off needs the code too.
  await page.goto(`/${code}/kiosk/`);
  await page.getByRole('button', { name: t['kiosk.setting.turnOff'] }).click();
  await expect(page.locator('[data-kiosk-message]')).toHaveText(t['kiosk.setting.wrongCode']!);
  await expect(finishButton(page)).toBeVisible();
  await page.getByLabel(t['kiosk.setting.code']!).fill(area.kiosk.staffCode);
  await page.getByRole('button', { name: t['kiosk.setting.turnOff'] }).click();
  await expect(page.locator('[data-kiosk-state]')).toHaveText(t['kiosk.setting.off']!);
  await expect(finishButton(page)).toBeHidden();
  await expectNoVisitorStorage(page, { kiosk: false });
  await page.goto(`/${code}/`);
  await expect(finishButton(page)).toBeHidden();
});

for (const locale of journeyLocales) {
  const code = locale.code;
  const path = journey(code);

  test(`${code}: answers two questions on ${path}, waits out the idle time, and finds the home page with no answers left anywhere`, async ({ context, page }) => {
    await blockThirdParties(context);
    await recordCspViolations(context);
    await page.clock.install();
    await turnOn(page, code);
    await page.goto(path);
    // The kiosk controls are running (they are fetched from the kiosk page) before anything is timed.
    await expect(finishButton(page)).toBeVisible();
    await answerTwoQuestions(page);
    if (path.endsWith('/services/')) await addToList(page, code);
    // Scrolling counts as activity, and the browser delivers the scroll event a frame later: wait
    // for it, so that it cannot land after the clock has moved and restart the idle time.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          addEventListener('scroll', () => resolve(), { once: true });
          window.scrollTo(0, 600);
        }),
    );
    const during = await answersLeft(page);
    expect(during.session.length + during.fields.length, 'answers were given').toBeGreaterThan(0);

    // Just before the idle time is up, nothing shows.
    await page.clock.runFor(idleMs - MARGIN);
    await expect(countdown(page)).toBeHidden();
    // Then the countdown asks, with the focus on "I'm still here".
    await page.clock.runFor(MARGIN + 1000);
    await expect(countdown(page)).toBeVisible();
    await expect(countdown(page)).toHaveAccessibleName(ui(code)['kiosk.idle.heading']!);
    await expect(page.getByRole('button', { name: ui(code)['kiosk.idle.stay'] })).toBeFocused();
    const left = Number(/\d+/.exec(await countdown(page).locator('[data-kiosk-count]').innerText())?.[0]);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(area.kiosk.countdownSeconds);
    await expect(countdown(page).locator('[aria-live]')).not.toBeEmpty();
    await expectNoAxeViolations(page);

    // Nobody answers: the visit is cleared and the home page returns.
    await page.clock.runFor(countdownMs);
    await page.waitForURL(`/${code}/`);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await answersLeft(page)).toEqual({ session: [], local: [KIOSK_KEY], url: '', fields: [] });
    expect(await page.evaluate(() => [window.scrollY, window.name])).toEqual([0, '']);
    expect(await cspViolations(page)).toEqual([]);

    // Back on the same page, nothing of the last visitor's answers shows.
    await page.goto(path);
    await islandsReady(page);
    expect(await answersLeft(page)).toEqual({ session: [], local: [KIOSK_KEY], url: '', fields: [] });
  });
}

test('"I’m still here", or any touch, carries on with the visit as it was', async ({ page }) => {
  const code = area.defaultLocale;
  await page.clock.install();
  await turnOn(page, code);
  await page.goto(journey(code));
  await answerTwoQuestions(page);
  const before = await answersLeft(page);

  await page.clock.runFor(idleMs + 1000);
  await page.getByRole('button', { name: ui(code)['kiosk.idle.stay'] }).click();
  await expect(countdown(page)).toBeHidden();
  // The idle time starts again from the answer.
  await page.clock.runFor(idleMs - MARGIN);
  await expect(countdown(page)).toBeHidden();
  expect(await answersLeft(page)).toEqual(before);

  // A touch on the page itself, outside the countdown, counts as being there too.
  await page.clock.runFor(MARGIN + 1000);
  await expect(countdown(page)).toBeVisible();
  await page.locator('body').dispatchEvent('pointerdown');
  await expect(countdown(page)).toBeHidden();
  await page.clock.runFor(idleMs - MARGIN);
  await expect(countdown(page)).toBeHidden();
  expect(new URL(page.url()).pathname).toBe(journey(code));
  expect(await answersLeft(page)).toEqual(before);
});

for (const { code } of journeyLocales) {
  test(`${code}: "Finish and clear" clears at once and shows the home page; the visit never added to the history, so Back shows nothing of it`, async ({ page }) => {
    await turnOn(page, code);
    // Staff hand the tablet over on the home page.
    await page.goto(`/${code}/`);
    await expect(finishButton(page)).toBeVisible();
    const length = await page.evaluate(() => history.length);
    const visited: string[] = [];
    const follow = async (selector: string) => {
      await page.locator(selector).first().click();
      await page.waitForURL((url) => !visited.includes(url.pathname) && url.pathname !== `/${code}/`);
      visited.push(new URL(page.url()).pathname);
      await expect(finishButton(page)).toBeVisible();
    };
    // The visitor moves through the site by its links: the questionnaire, the directory, a service.
    if (pages.includes(`/${code}/find-help/`)) {
      await follow(`a[href="/${code}/find-help/"]`);
      await answerTwoQuestions(page);
      // The questionnaire's own Back button still goes back a question, without the history.
      await page.getByRole('button', { name: ui(code)['questionnaire.back'] }).click();
      await expect(page.locator('main form input:checked')).toHaveCount(1);
    }
    await follow(`a[href="/${code}/services/"]`);
    await answerTwoQuestions(page);
    await addToList(page, code);
    await follow(`main a[href^="/${code}/services/"]`);
    expect(await page.evaluate(() => history.length), 'the visit added nothing to the history').toBe(length);

    await finishButton(page).click();
    await page.waitForURL(`/${code}/`);
    expect(await answersLeft(page)).toEqual({ session: [], local: [KIOSK_KEY], url: '', fields: [] });
    expect(await page.evaluate(() => history.length)).toBe(length);
    // Back goes to the staff's kiosk page, from before the tablet was handed over: none of the visit.
    await page.goBack();
    await expect(page).toHaveURL(`/${code}/kiosk/`);
    expect(visited).not.toContain(`/${code}/kiosk/`);
    expect(await answersLeft(page)).toEqual({ session: [], local: [KIOSK_KEY], url: '', fields: [] });
  });
}

test('left on the home page with nothing to clear, it does not keep asking', async ({ page }) => {
  const code = area.defaultLocale;
  await page.clock.install();
  await turnOn(page, code);
  await page.goto(`/${code}/`);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.clock.runFor(3 * (idleMs + countdownMs));
  await expect(countdown(page)).toBeHidden();
  // The same page all along (not reloaded).
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('a tablet that slept through the countdown clears as soon as it wakes', async ({ page }) => {
  const code = area.defaultLocale;
  await page.clock.install();
  await turnOn(page, code);
  await page.goto(journey(code));
  await answerTwoQuestions(page);
  // Time jumps, as when the screen was off: timers that were due fire once.
  await page.clock.fastForward(idleMs + countdownMs + 60_000);
  await page.clock.runFor(1000);
  await page.waitForURL(`/${code}/`);
  expect(await answersLeft(page)).toEqual({ session: [], local: [KIOSK_KEY], url: '', fields: [] });
});

test('with kiosk mode off, no kiosk controls show and nothing is cleared', async ({ page }) => {
  const code = area.defaultLocale;
  await page.clock.install();
  await page.goto(journey(code));
  await answerTwoQuestions(page);
  const before = await answersLeft(page);
  await page.clock.runFor(idleMs + countdownMs + 5000);
  await expect(countdown(page)).toBeHidden();
  await expect(finishButton(page)).toBeHidden();
  expect(new URL(page.url()).pathname).toBe(journey(code));
  expect(await answersLeft(page)).toEqual(before);
});
