// Helpers for the browser tests (Playwright): what leaves the machine, CSP violations, axe, and
// the quick exit's destination answered locally.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { area } from './content.ts';

/**
 * The full browser, for the few tests of what only it does as a person's browser would: the
 * back/forward cache, and leaving a page without a connection. The other tests run Chromium's
 * headless shell (playwright.config.ts), which has neither.
 */
export const FULL_CHROMIUM = process.env.CHROMIUM_FULL_PATH ?? '/usr/bin/chromium';

/**
 * Records every request that leaves 127.0.0.1 and aborts it, so no test ever reaches a real
 * third-party host. Returns the list to assert on.
 */
export async function blockThirdParties(context: BrowserContext): Promise<string[]> {
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
  return offsite;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe (WCAG 2.2 AA) on the page as it is now and fails with every violation. Legacy mode
 * runs axe inside the page, instead of opening a blank page to merge results from frames: the
 * site has no frames (its CSP allows none from elsewhere), and it halves the time of each run.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Records every Content-Security-Policy violation on the context's pages (read it back with
 * `cspViolations(page)`), so a blocked inline script or an attempt to reach another host fails a test.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** A request the quick exit made to its destination, as the stub saw it. */
export interface ExitVisit {
  url: string;
  referer: string | undefined;
}

/**
 * Answers the quick-exit destination (area.quickExit.url) with a local stub page, so tests can
 * leave the site without any real request reaching the destination. Call after
 * blockThirdParties (the later route wins). Returns the visits, to assert on.
 */
export async function stubQuickExitDestination(context: BrowserContext): Promise<ExitVisit[]> {
  const visits: ExitVisit[] = [];
  await context.route(area.quickExit.url, (route) => {
    visits.push({ url: route.request().url(), referer: route.request().headers()['referer'] });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><title>Weather</title><h1 id="stub">Weather stub</h1></html>',
    });
  });
  return visits;
}

/**
 * Answers the destination only when the test calls the returned function, as a slow connection
 * would: the page being left can be checked in the meantime.
 */
export async function holdDestination(context: BrowserContext): Promise<() => void> {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await context.route(area.quickExit.url, async (route) => {
    await answered;
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1 id="stub">Weather</h1>' });
  });
  return answer;
}

/**
 * Reports (through the console, which outlives the page) each time a page hides its body, with
 * whether it is really not displayed and how much tab storage is left. While a navigation is
 * pending, Playwright cannot query the old page directly.
 */
export async function watchBlanking(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.text().startsWith('blanked ')) seen.push(m.text().slice('blanked '.length));
  });
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.body?.hidden) {
        console.log(`blanked ${location.pathname} display:${getComputedStyle(document.body).display} storage:${sessionStorage.length}`);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
  });
  return seen;
}
