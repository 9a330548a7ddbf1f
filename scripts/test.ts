// `npm test`: every test of the code and of this area's content, in tiers, cheapest first:
//   1. the build (a bad content file fails it) and `astro check`;
//   2. Vitest: logic (tests/unit), the static tier reading every built page (tests/dist), and this
//      area's content (content/areas/<area>/tests/*.test.ts);
//   3. Playwright: the browser tier (tests/e2e: a sample of every kind of page in every locale,
//      and the journeys) and this area's search queries (content/areas/<area>/tests/*.spec.ts).
// axe on every built page is the separate sweep (`npm run test:sweep`, scripts/sweep.ts).
// Prints one closing line "N passed, N failed"; exits non-zero if anything failed.
import { build, ensureChromium, playwrightCounts, run, vitestCounts } from './lib/test-run.ts';

const started = performance.now();
ensureChromium();
build();
const typesOk = run('npx', ['astro', 'check']);
const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const e2eOk = run('npx', ['playwright', 'test', '--project=browser', '--project=area'], { PLAYWRIGHT_REPORT: 'test-results/e2e.json' });

const [unitPassed, unitFailed] = vitestCounts('test-results/unit.json');
const [e2ePassed, e2eFailed] = playwrightCounts('test-results/e2e.json');
console.log(`\nastro check: ${typesOk ? 'clean' : 'FAILED'}`);
console.log(`\nunit and static: ${unitPassed} passed, ${unitFailed} failed`);
console.log(`browser: ${e2ePassed} passed, ${e2eFailed} failed`);
console.log(`npm test took ${((performance.now() - started) / 60_000).toFixed(1)} min`);
const failed = unitFailed + e2eFailed + (typesOk ? 0 : 1);
console.log(`${unitPassed + e2ePassed} passed, ${failed} failed`);
process.exit(typesOk && unitOk && e2eOk && failed === 0 ? 0 : 1);
