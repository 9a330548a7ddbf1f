import { test } from '@playwright/test';
import { blockThirdParties, expectNoAxeViolations } from '../support/browser.ts';
import { builtPages } from '../support/site.ts';

// The full sweep (npm run test:sweep, run by CI after npm test): axe (WCAG 2.2 AA) on every built
// page in every locale. npm test checks a sample of every kind of page (tests/e2e/pages.spec.ts);
// this catches what only one page's content gets wrong (a Markdown page in one language, say).
test.use({ serviceWorkers: 'block' });

for (const path of builtPages().filter((p) => p !== '/')) {
  test(`${path}: no axe violations`, async ({ context, page }) => {
    await blockThirdParties(context);
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
