// `npm run test:areas`: `npm test` for every other area folder in content/areas/ (SIGNPOST_AREA=<area>
// npm test each: the build, type check, unit, static and browser tiers, and that area's own
// tests), then builds the default area again so dist/ is what `npm start` serves. CI runs it after
// `npm test` and the sweep, which cover the default area. `npm run test:areas -- durham` tests one.
// Prints one closing line "N passed, N failed"; exits non-zero if anything failed.
import { rmSync } from 'node:fs';
import { areaIds, defaultAreaId } from '../src/lib/content-layers.ts';
import { build, playwrightCounts, run, vitestCounts } from './lib/test-run.ts';

const started = performance.now();
const chosen = process.argv.slice(2);
const areas = chosen.length > 0 ? chosen : areaIds('content').filter((id) => id !== defaultAreaId('content'));
let [passed, failed] = [0, 0];
const lines: string[] = [];
for (const area of areas) {
  // A report left by an earlier run must not count for this one (a run that stops early writes none).
  for (const report of ['test-results/unit.json', 'test-results/e2e.json']) rmSync(report, { force: true });
  const ok = run('node', ['scripts/test.ts'], { SIGNPOST_AREA: area });
  const [up, uf] = vitestCounts('test-results/unit.json');
  const [ep, ef] = playwrightCounts('test-results/e2e.json');
  // A run that stopped early (a failed build) still counts as a failure.
  const areaFailed = uf + ef + (ok ? 0 : 1);
  passed += up + ep;
  failed += areaFailed;
  lines.push(`${area}: ${up + ep} passed, ${areaFailed} failed`);
}
console.log(`\nbuilding the default area (${defaultAreaId('content')}) again`);
build();
console.log(`\n${lines.join('\n')}`);
console.log(`test:areas took ${((performance.now() - started) / 60_000).toFixed(1)} min`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
