import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { checkContent } from '../../src/lib/content-files.ts';

export const area = checkContent('content', '.').area!;
export const locales = area.locales;

/** Every HTML page of the built site, as a URL path ("/en/services/"), from dist/. */
export function builtPages(): string[] {
  const dist = 'dist';
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'))
    .map((e) => '/' + relative(dist, join(e.parentPath, e.name)).replace(/index\.html$/, '').replace(/\.html$/, ''))
    .sort();
}

/** The locale a built page belongs to, from its first path segment. */
export function localeOf(path: string) {
  const code = path.split('/')[1];
  return locales.find((l) => l.code === code);
}

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

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
