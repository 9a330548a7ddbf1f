import { expect, test, type Page } from '@playwright/test';
import { journeyLocales } from '../support/content.ts';
import { KIOSK_KEY } from '../support/device.ts';
import { samplePages } from '../support/site.ts';

// Touch first, for roadshow tablets: every interactive target at least 44 x 44 CSS pixels (WCAG
// 2.5.5), and base text at least 18 px, at tablet sizes, upright and on its side. One page of each
// kind, from the built site (so a new kind of page is measured as soon as it exists), in the
// default locale and one right-to-left locale: layout differs by direction, not by language.
//
// What counts as a target: every visible link, button, form field, summary, and element with a
// button role or in the tab order. A checkbox or radio button is measured by its label, which is
// what a finger presses (clicking the label ticks the box). Links inside running text are measured
// too, with no exception: the site's CSS pads them so that their box reaches 44 px high.

const MIN = 44;
const VIEWPORTS = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
];

const samples = new Map(samplePages(journeyLocales.map((l) => l.code)).map((s) => [`${s.locale.code} ${s.kind}`, s.path]));

/** Targets smaller than MIN in either direction, described for the failure message. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const small: string[] = [];
    const seen = new Set<Element>();
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const input = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio') ? element : null;
      const target: HTMLElement = input?.labels?.[0] ?? element;
      if (seen.has(target)) continue;
      seen.add(target);
      if (!target.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      // Visually hidden until focused (the skip link): measured when it shows, by the exit bar's tests.
      if (getComputedStyle(target).clipPath === 'inset(50%)') continue;
      const box = target.getBoundingClientRect();
      if (box.width < min || box.height < min) {
        const text = (target.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        small.push(`<${target.tagName.toLowerCase()}> "${text || target.getAttribute('aria-label') || ''}" ${box.width.toFixed(1)} x ${box.height.toFixed(1)}`);
      }
    }
    return small;
  }, MIN);
}

/** Waits until every React island has started, so that what it shows only when running is measured. */
async function ready(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

// The service worker saves the whole language in the background; layout does not depend on it.
test.use({ serviceWorkers: 'block' });

// Both tablet sizes in one visit: the page is turned (resized) rather than loaded twice.
test.describe('on a tablet, upright and on its side', () => {
  test.use({ viewport: VIEWPORTS[0], hasTouch: true });

  for (const [key, path] of samples) {
    test(`${key} (${path}): every target at least ${MIN} x ${MIN} px, base text at least 18 px`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const size = `${viewport.width} x ${viewport.height}`;
        expect(await smallTargets(page), size).toEqual([]);
        const base = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        expect(base, size).toBeGreaterThanOrEqual(18);
        // Running text in the page's own content is at base size or larger.
        const smallText = await page.locator('main p, main li').evaluateAll((elements) =>
          elements
            .filter((e) => (e as HTMLElement).checkVisibility() && (e.textContent ?? '').trim().length > 40 && parseFloat(getComputedStyle(e).fontSize) < 18)
            .map((e) => `${(e.textContent ?? '').trim().slice(0, 40)}: ${getComputedStyle(e).fontSize}`),
        );
        expect(smallText, size).toEqual([]);
      }
    });
  }

  for (const locale of journeyLocales) {
    test(`/${locale.code}/services/ in kiosk mode, with the "Are you still there?" countdown open: every target at least ${MIN} x ${MIN} px`, async ({ page }) => {
      await page.addInitScript((key) => localStorage.setItem(key, 'on'), KIOSK_KEY);
      await page.clock.install();
      await page.goto(`/${locale.code}/services/`);
      await ready(page);
      await expect(page.locator('[data-kiosk-finish]').first()).toBeVisible();
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        expect(await smallTargets(page), `${viewport.width} x ${viewport.height}`).toEqual([]);
      }
      await page.clock.runFor(await page.locator('[data-kiosk]').evaluate((e) => Number((e as HTMLElement).dataset.idle) + 1000));
      await expect(page.locator('[data-kiosk] dialog')).toBeVisible();
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        expect(await smallTargets(page), `${viewport.width} x ${viewport.height}, countdown open`).toEqual([]);
      }
    });
  }
});

test('no control shows only on hover: no hover style in the CSS shows, hides or resizes anything', async ({ page }) => {
  // Hover styles may change colour or underline, never display, visibility, opacity or size, so
  // nothing depends on a pointer that can hover (a finger cannot).
  await page.goto(`/${journeyLocales[0]!.code}/`);
  const { hoverRules, revealing } = await page.evaluate(() => {
    const found: string[] = [];
    let hoverRules = 0;
    const visit = (rules: CSSRuleList, underHover: boolean) => {
      for (const rule of rules) {
        const hover = underHover || (rule instanceof CSSStyleRule && rule.selectorText.includes(':hover'));
        const style = (rule as CSSRule & { style?: CSSStyleDeclaration }).style;
        if (hover && style?.length) {
          hoverRules += 1;
          for (const property of ['display', 'visibility', 'opacity', 'width', 'height', 'max-height', 'transform', 'clip-path']) {
            if (style.getPropertyValue(property)) found.push(`${(rule as CSSStyleRule).selectorText ?? 'nested'} { ${property} }`);
          }
        }
        const children = (rule as CSSRule & { cssRules?: CSSRuleList }).cssRules;
        if (children?.length) visit(children, hover);
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules, false);
    return { hoverRules, revealing: found };
  });
  // The check looked at the site's hover styles (links and buttons have some), and none reveals anything.
  expect(hoverRules).toBeGreaterThan(0);
  expect(revealing).toEqual([]);
});
