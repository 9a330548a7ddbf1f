// `npm test`: every test. Makes sure Chromium is there (installs it from apt when running as
// root), builds the site, runs the unit tests (Vitest) and the browser tests (Playwright), and
// prints one closing line "N passed, N failed". Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return result.status === 0;
}

function ensureChromium(): void {
  if (existsSync(chromium)) return;
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing it from Debian (apt-get install chromium).');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-core'])) return;
  }
  console.error(
    `The browser tests need Chromium at ${chromium}.\n` +
      'Install it with:  sudo apt-get install -y chromium fonts-noto-core\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}

ensureChromium();
mkdirSync('test-results', { recursive: true });
if (!run('npm', ['run', 'build'])) {
  console.error('The build failed: see above.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const typesOk = run('npx', ['astro', 'check']);
const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const e2eOk = run('npx', ['playwright', 'test']);

function counts(file: string, read: (json: any) => [number, number]): [number, number] {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return [0, 1];
  }
}
const [unitPassed, unitFailed] = counts('test-results/unit.json', (j) => [j.numPassedTests, j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0)]);
const [e2ePassed, e2eFailed] = counts('test-results/e2e.json', (j) => [j.stats.expected, j.stats.unexpected + j.stats.flaky + (j.errors?.length ?? 0)]);
console.log(`\nastro check: ${typesOk ? 'clean' : 'FAILED'}`);
console.log(`\nunit: ${unitPassed} passed, ${unitFailed} failed`);
console.log(`browser: ${e2ePassed} passed, ${e2eFailed} failed`);
const failed = unitFailed + e2eFailed + (typesOk ? 0 : 1);
console.log(`${unitPassed + e2ePassed} passed, ${failed} failed`);
process.exit(typesOk && unitOk && e2eOk && failed === 0 ? 0 : 1);
