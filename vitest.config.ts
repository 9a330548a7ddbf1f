/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { chosenAreaId } from './src/lib/content-layers.ts';

// Through Astro's Vite config so that tests can import the same modules the site uses.
// tests/unit: the code's logic. tests/dist: the static tier, reading the built site in dist/
// (build first). content/areas/<area>/tests: the built area's own content (expected services,
// wording), for the area chosen by SIGNPOST_AREA (or the default).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dist/**/*.test.ts', `content/areas/${chosenAreaId('content')}/tests/**/*.test.ts`],
    environment: 'node',
    // Some tests read the whole content folder or the whole build: generous on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
