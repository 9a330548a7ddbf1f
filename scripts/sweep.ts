// `npm run test:sweep`: axe (WCAG 2.2 AA) on every built page in every locale (tests/sweep/).
// Builds first, so it always checks the current content. CI runs it after `npm test`.
// Prints one closing line "N passed, N failed"; exits non-zero if anything failed.
import { build, ensureChromium, playwrightCounts, run } from './lib/test-run.ts';

const started = performance.now();
ensureChromium();
build();
const ok = run('npx', ['playwright', 'test', '--project=sweep'], { PLAYWRIGHT_REPORT: 'test-results/sweep.json' });
const [passed, failed] = playwrightCounts('test-results/sweep.json');
console.log(`\nsweep took ${((performance.now() - started) / 60_000).toFixed(1)} min`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
