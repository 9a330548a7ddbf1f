import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { locales } from '../../../../tests/support/content.ts';
import { openSearch, resultPaths, search } from '../../../../tests/support/search.ts';
import { casesFor } from './search-queries.ts';

// This area's everyday queries, in every language (each language has its own index and words).
for (const { code } of locales) {
  const cases = casesFor(code);

  test(`${code}: ${cases.length} everyday queries each find the expected page among the first five results`, async ({ page }) => {
    expect(cases.length, 'at least 15 queries').toBeGreaterThanOrEqual(15);
    for (const c of cases) expect(existsSync(`dist/${code}/${c.expect}/index.html`), `${c.expect} exists in the build`).toBe(true);
    await openSearch(page, code);
    for (const c of cases) {
      await search(page, c.query);
      const top = (await resultPaths(page)).slice(0, 5);
      expect.soft(top, `"${c.query}" finds ${c.expect}`).toContain(`/${code}/${c.expect}/`);
    }
  });
}
