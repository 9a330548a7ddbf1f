import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkContent, splitFrontmatter } from '../../src/lib/content-files.ts';
import { builtPages } from './helpers.ts';
import { REQUIRED_PAGES } from '../required-pages.ts';

const content = checkContent('content', '.');
const en = JSON.parse(readFileSync('src/i18n/locales/en.json', 'utf8')) as Record<string, string>;
const ur = JSON.parse(readFileSync('src/i18n/locales/ur.json', 'utf8')) as Record<string, string>;
const straight = (s: string) => s.replace(/[\u2018\u2019]/g, "'");

const SLUGS = REQUIRED_PAGES;

test.describe('information pages', () => {
  test.use({ javaScriptEnabled: false });

  for (const slug of SLUGS) {
    test(`/en/information/${slug}/ exists with its title`, async ({ page }) => {
      const { data } = splitFrontmatter(readFileSync(`content/pages/en/${slug}.md`, 'utf8'))! as { data: { title: string } };
      const response = await page.goto(`/en/information/${slug}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(data.title);
    });
  }

  test('the rights page lists all 12 rights of the Victims’ Code', async ({ page }) => {
    await page.goto('/en/information/victims-code-rights/');
    const rights = page.locator('h2:has-text("The 12 rights") + ol > li');
    await expect(rights).toHaveCount(12);
    const starts = [
      'To be able to understand and to be understood',
      'To have the details of the crime recorded without unjustified delay',
      'To be given information when you report the crime',
      'To be referred to support services',
      'To be given information about compensation',
      'To be given information about the investigation and prosecution',
      'To make a Victim Personal Statement',
      'To be given information about the trial',
      'To be given information about the outcome of the case and any appeals',
      'To be paid expenses and have your property returned',
      'To be given information about the offender',
      'To make a complaint',
    ];
    const texts = (await rights.locator('strong').allInnerTexts()).map(straight);
    starts.forEach((start, i) => expect(texts[i], `right ${i + 1}`).toContain(start));
  });

  test('the rights page names every group with enhanced rights', async ({ page }) => {
    await page.goto('/en/information/victims-code-rights/');
    const groups = (await page.locator('h3').allInnerTexts()).map(straight);
    expect(groups).toEqual(['1. Victims of the most serious crimes', '2. Persistently targeted victims', '3. Vulnerable or intimidated victims']);
    const serious = (await page.locator('h3:has-text("most serious crimes") + ul > li').allInnerTexts()).join('\n');
    for (const crime of [
      'bereaved',
      'domestic abuse',
      'hate crime',
      'terrorism',
      'sexual offences',
      'human trafficking',
      'modern slavery',
      'attempted murder',
      'kidnap',
      'false imprisonment',
      'arson with intent to endanger life',
      'grievous bodily harm (GBH) with intent',
    ]) {
      expect(serious).toContain(crime);
    }
    await expect(page.locator('main')).toContainText('vulnerable');
    await expect(page.locator('main')).toContainText('intimidated');
  });

  test('the emergencies page gives 999, the Silent Solution, 101, text relay and emergency SMS', async ({ page }) => {
    await page.goto('/en/information/emergencies/');
    const main = page.locator('main');
    for (const text of ['999', 'press 55', '101', '18001 101', 'REGISTER']) await expect(main).toContainText(text);
  });

  test('in right-to-left text, phone and text numbers in a page keep their digit groups in order', async ({ page }) => {
    await page.goto('/ur/information/emergencies/');
    const links = page.locator('.prose-body a[href^="tel:"], .prose-body a[href^="sms:"]');
    expect(await links.count()).toBeGreaterThan(3);
    for (const link of await links.all()) {
      await expect(link).toHaveCSS('direction', 'ltr');
      await expect(link).toHaveCSS('unicode-bidi', 'isolate');
    }
    // "18001 101" must read 18001 then 101 from left to right, not "101 18001".
    const order = await page.locator('.prose-body a[href="tel:18001101"]').evaluate((a) => {
      const range = document.createRange();
      const text = a.firstChild!;
      range.setStart(text, 0);
      range.setEnd(text, 5);
      const first = range.getBoundingClientRect().left;
      range.setStart(text, 6);
      range.setEnd(text, 9);
      return { first, second: range.getBoundingClientRect().left };
    });
    expect(order.first).toBeLessThan(order.second);
  });

  test('the online safety page says the quick exit cannot delete browser history', async ({ page }) => {
    await page.goto('/en/information/staying-safe-online/');
    await expect(page.locator('main')).toContainText('cannot delete your browser history');
    await expect(page.locator('main')).toContainText('private');
  });
});

test.describe('roadshows', () => {
  test.use({ javaScriptEnabled: false });

  test('with no events listed, the page says plainly that none are planned, in each language', async ({ page }) => {
    expect(content.events).toEqual([]);
    await page.goto('/en/roadshows/');
    await expect(page.locator('h1')).toHaveText(en['roadshows.title']!);
    await expect(page.locator('[data-roadshows-none]')).toHaveText(en['roadshows.none']!);
    await expect(page.locator('[data-district]')).toHaveCount(0);
    await page.goto('/ur/roadshows/');
    await expect(page.locator('[data-roadshows-none]')).toHaveText(ur['roadshows.none']!);
  });
});

test('every link inside the site points at a page that exists, and at an anchor that exists', () => {
  const broken: string[] = [];
  for (const path of builtPages()) {
    const html = readFileSync(`dist${path}${path.endsWith('/') ? 'index.html' : '.html'}`, 'utf8');
    for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"]*|#[^"]*)"/g)) {
      const [target, anchor] = href!.split('#') as [string, string | undefined];
      const page = target === '' ? path : target;
      const file = `dist${page}${page.endsWith('/') ? 'index.html' : '.html'}`;
      if (!existsSync(file)) broken.push(`${path} -> ${href}`);
      else if (anchor && !readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(anchor)}"`)) broken.push(`${path} -> ${href} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
});
