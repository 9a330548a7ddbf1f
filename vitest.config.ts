/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so that tests can import the same modules the site uses.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests read the whole content folder or render components: generous on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
