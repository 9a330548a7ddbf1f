// Driving the search page (/<lang>/search/, Pagefind behind a React island) in browser tests.
import { expect, type Page } from '@playwright/test';
import { ui } from './strings.ts';

/** Opens the search page and waits for the island (the form is hidden until it runs). */
export async function openSearch(page: Page, code: string) {
  await page.goto(`/${code}/search/`);
  await expect(page.getByRole('searchbox')).toBeVisible();
}

const state = (page: Page) => page.locator('[data-search-state]');
const finished = async (page: Page) => Number(await state(page).getAttribute('data-search-finished'));

/** Does something that starts a search (typing, a filter, the button) and waits for its results. */
export async function searched(page: Page, action: () => Promise<void>) {
  const before = await finished(page);
  await action();
  await expect.poll(() => finished(page)).toBeGreaterThan(before);
  await expect(state(page)).toHaveAttribute('data-search-state', 'done');
}

/** Types a query (replacing the last one) and waits for its results. */
export const search = (page: Page, query: string) => searched(page, () => page.getByRole('searchbox').fill(query));

/** Chooses a filter value and waits for the results. */
export const choose = (page: Page, label: string, value: string) => searched(page, async () => void (await page.getByLabel(label, { exact: true }).selectOption(value)));

/** Paths of the results shown, in order ("/en/services/x/"). */
export async function resultPaths(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] > li h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Every result, loading further pages of results until there are none. */
export async function allResultPaths(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: ui(page.url().split('/')[3]!)['search.more'] });
  while (await more.isVisible()) {
    const before = (await resultPaths(page)).length;
    await more.click();
    await expect.poll(async () => (await resultPaths(page)).length).toBeGreaterThan(before);
  }
  return resultPaths(page);
}

/** How many results the last search found (the island's data-search-total). */
export const count = async (page: Page) => Number(await state(page).getAttribute('data-search-total'));
