import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chosenAreaId } from './src/lib/content-layers.ts';

/** The browser suite runs Debian's Chromium against the built site served on 127.0.0.1. */
export const PORT = Number(process.env.TEST_PORT ?? 4399);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
// Debian's headless shell of the same Chromium (package chromium-headless-shell), as Playwright
// itself uses for headless runs: the same Blink, without the full browser's processes, so each test
// costs about a third less on a 2-core machine. CHROMIUM_PATH chooses another binary.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');

export default defineConfig({
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two at least, as CI runs them (a 2-core machine would otherwise get one): npm test then takes
  // about 8 minutes on 2 cores, anywhere.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  forbidOnly: true,
  retries: 0,
  // Generous: a page's axe run can take seconds on a busy 2-core machine. Tests wait on state, never on time.
  timeout: 60_000,
  outputDir: 'test-results/playwright',
  // The JSON report is read by scripts/test.ts and scripts/sweep.ts for their closing line.
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // browser: the code's browser tier (npm test). area: this area's own content (npm test).
  // sweep: axe on every built page (npm run test:sweep). Choose with --project.
  projects: [
    { name: 'browser', testDir: 'tests/e2e', use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'area', testDir: `content/areas/${chosenAreaId('content')}/tests`, use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'sweep', testDir: 'tests/sweep', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `${BASE_URL}/en/`,
    env: { PORT: String(PORT), HOST: '127.0.0.1' },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
