/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so that tests can import the same modules the site uses.
// tests/unit: the code's logic. tests/dist: the static tier, reading the built site in dist/
// (build first). tests/area: this area's own content (expected services, wording).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dist/**/*.test.ts', 'tests/area/**/*.test.ts'],
    environment: 'node',
    // Some tests read the whole content folder or the whole build: generous on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
