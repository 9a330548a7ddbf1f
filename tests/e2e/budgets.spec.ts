import { expect, test } from '@playwright/test';
import { BUDGET, builtHtmlFiles, pageWeight } from '../../scripts/lib/page-weight.ts';

// Byte budgets (gzip, HTML + CSS + JS): one network round trip for a page without an island.
for (const file of builtHtmlFiles('dist')) {
  const w = pageWeight('dist', file);
  test(`${w.path} stays within its byte budget`, () => {
    const budget = w.island ? BUDGET.island : BUDGET.plain;
    expect(w.total, `${w.path}: html ${w.html} + css ${w.css} + js ${w.js} bytes`).toBeLessThanOrEqual(budget);
  });
}
