// What `npm test` (scripts/test.ts) and `npm run test:sweep` (scripts/sweep.ts) share: making sure
// Chromium is there, running a step with its time, and reading the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
const PACKAGES = ['chromium', 'chromium-headless-shell', 'fonts-noto-core'];

/** Runs a command with the terminal attached; true when it exits 0. Prints how long it took. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  console.log(`(${cmd} ${args[0] ?? ''} ${args[1] ?? ''}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  return result.status === 0;
}

/** Chromium for the browser tests: installed from Debian when running as root, else a clear message. */
export function ensureChromium(): void {
  mkdirSync('test-results', { recursive: true });
  if (existsSync(chromium)) return;
  if (process.getuid?.() === 0) {
    console.log(`Chromium is missing: installing it from Debian (apt-get install ${PACKAGES.join(' ')}).`);
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES])) return;
  }
  console.error(
    `The browser tests need Chromium at ${chromium}.\n` +
      `Install it with:  sudo apt-get install -y ${PACKAGES.join(' ')}\n` +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}

/** Builds the site into dist/, or stops with a closing line that counts the failure. */
export function build(): void {
  if (!run('npm', ['run', 'build'])) {
    console.error('The build failed: see above.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

/** [passed, failed] from a JSON report; a missing or unreadable report counts as one failure. */
function counts(file: string, read: (json: any) => [number, number]): [number, number] {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return [0, 1];
  }
}

export const vitestCounts = (file: string) => counts(file, (j) => [j.numPassedTests, j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0)]);
export const playwrightCounts = (file: string) => counts(file, (j) => [j.stats.expected, j.stats.unexpected + j.stats.flaky + (j.errors?.length ?? 0)]);
