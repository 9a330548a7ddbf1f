// `npm run test:faults [-- name ...]`: proves that the test tiers catch real mistakes. Each fault
// below is planted, one at a time, in a scratch copy of the committed tree (a git worktree; your
// working tree is never touched), then the tiers run cheapest first until one fails:
//   1. the build (a content error stops it), 2. Vitest (unit, static tier, area content),
//   3. the browser tier (Playwright, stopping at its first failure), 4. the sweep (axe on every page).
// It prints, for each fault, the tier and the first test that caught it, or "NOT CAUGHT".
// Slow (a build per fault, and a browser run for faults only a browser sees): not part of npm test.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium } from './lib/test-run.ts';

interface Fault {
  name: string;
  /** [file, text to find, text to put instead]: the text must be there exactly once. */
  edits: Array<[file: string, find: string, replace: string]>;
}

const FAULTS: Fault[] = [
  {
    name: 'a translation older than its English, shown without "may be out of date" (a sentence added to the English privacy page, and the notice dropped from information pages)',
    edits: [
      ['content/national/pages/en/privacy.md', '## What we do not collect', 'We changed this page.\n\n## What we do not collect'],
      ['src/pages/[lang]/information/[slug].astro', "{outdated && <Notice id=\"outdated-notice\">{t('notice.outdated')}</Notice>}", ''],
    ],
  },
  {
    name: 'an unknown age shown as "Any age" (the schema fills in what no source says)',
    edits: [['src/pages/[lang]/services/[id].astro', 'const ages = !a\n  ? unknown', "const ages = !a\n  ? t('service.ages.any')"]],
  },
  {
    name: "an axe fault in one locale's Markdown (a link with no text, on the Polish about page)",
    edits: [['content/areas/derbyshire/pages/pl/about.md', 'więc inne regiony mogą go używać dla swoich\norganizacji.', 'więc inne regiony mogą go używać dla swoich\norganizacji. [](/pl/services/)']],
  },
  {
    name: 'a page over its byte budget (24,000 random letters, about 14 KiB gzipped, on the roadshows page)',
    edits: [
      [
        'src/pages/[lang]/roadshows.astro',
        "<p class=\"max-w-3xl text-lg\">{t('roadshows.intro', { area: area.name })}</p>",
        "<p class=\"max-w-3xl text-lg\">{t('roadshows.intro', { area: area.name })}</p>\n  <p hidden>{(() => { let x = 7; let s = ''; for (let i = 0; i < 24_000; i++) { x = (x * 48271) % 2147483647; s += String.fromCharCode(97 + (x % 26)); } return s; })()}</p>",
      ],
    ],
  },
  {
    name: 'a withheld number in a translation (Urdu Childline page)',
    edits: [['content/national/translations/ur/services/childline.md', 'یہ مفت اور رازدارانہ ہے۔', 'یہ مفت اور رازدارانہ ہے۔ 0800 612 6505']],
  },
  {
    name: 'a broken internal link (English compensation page)',
    edits: [['content/areas/derbyshire/pages/en/compensation.md', 'need your crime reference number.', 'need your crime reference number. See [claims](/en/information/no-such-page/).']],
  },
  {
    name: 'a missing hreflang alternate on one page (the Ukrainian alternate of every roadshows page)',
    edits: [
      [
        'src/layouts/BaseLayout.astro',
        '{area.locales.map((l) => <link rel="alternate" hreflang={l.code} href={url(l.code)} />)}',
        '{area.locales.filter((l) => !(rest === \'/roadshows/\' && l.code === \'uk\')).map((l) => <link rel="alternate" hreflang={l.code} href={url(l.code)} />)}',
      ],
    ],
  },
  {
    name: 'an inline script without a hash in the CSP (roadshows page)',
    edits: [['src/pages/[lang]/roadshows.astro', '<RoadshowList ', '<script is:inline>document.documentElement.dataset.seen = "1";</script>\n  <RoadshowList ']],
  },
  {
    name: 'an answer written to the URL (the questionnaire puts the answers in the query string)',
    edits: [
      [
        'src/components/islands/FindHelp.tsx',
        "history.pushState({ ...(history.state as object | null), [HISTORY_KEY]: next }, '');",
        "history.pushState({ ...(history.state as object | null), [HISTORY_KEY]: next }, '', `?answers=${encodeURIComponent(JSON.stringify(answers))}`);",
      ],
    ],
  },
  {
    name: 'a missing translation key (Polish "list.copy")',
    edits: [['src/i18n/locales/pl.json', '\n  "list.copy":', '\n  "list.copy-removed":']],
  },
  {
    name: 'a malformed tel: link (spaces in the number, on the English emergencies page)',
    edits: [['content/areas/derbyshire/pages/en/emergencies.md', '[101](tel:101)', '[101](<tel:1 0 1>)']],
  },
  {
    name: 'the quick exit removed from one kind of page (the roadshows page)',
    edits: [
      [
        'src/layouts/BaseLayout.astro',
        '<QuickExit locale={code} href={area.quickExit.url} howHref={quickExitHelp}>',
        "<QuickExit locale={code} href={rest === '/roadshows/' ? '' : area.quickExit.url} howHref={quickExitHelp}>",
      ],
    ],
  },
  {
    name: 'a third-party image (a tracking pixel in the footer)',
    edits: [['src/components/SiteFooter.astro', '<footer class="no-print mt-12 border-t-4 border-brand bg-panel">', '<footer class="no-print mt-12 border-t-4 border-brand bg-panel"><img src="https://pixel.example.com/p.gif" alt="" width="1" height="1" />']],
  },
  {
    // 40 CSS pixels exactly: Tailwind's h-10 would be 45 px on a tablet, where the root font is 18 px.
    name: 'a 40 px button ("Add to my list" on service pages)',
    edits: [['src/components/AddToList.astro', 'class="min-h-12 rounded border-2', 'class="h-[40px] rounded border-2']],
  },
  {
    name: 'something kept in localStorage by an ordinary visit (the roadshows page remembers the visit)',
    edits: [['src/pages/[lang]/roadshows.astro', '</BaseLayout>', '<script>localStorage.setItem("signpost:seen", "1");</script>\n</BaseLayout>']],
  },
  {
    name: 'a service worker registered by an ordinary visit (every page saves the site again, unasked)',
    edits: [['src/scripts/device.ts', 'if (kioskOn()) {', "void navigator.serviceWorker.register('/sw.js').catch(() => undefined);\nif (kioskOn()) {"]],
  },
  {
    name: 'a form that keeps its answers for Back (autocomplete taken off the no-JS results form)',
    edits: [['src/components/FindHelpResults.astro', '<form method="dialog" autocomplete="off"', '<form method="dialog"']],
  },
  {
    name: "a tab title that names the page's topic (every page's heading in its title)",
    edits: [['src/layouts/BaseLayout.astro', "<title>{t('tabTitle.format', { purpose: t(`tabTitle.${tab}`), site: area.siteName })}</title>", '<title>{title} – {area.siteName}</title>']],
  },
  {
    name: 'an external link without rel="noreferrer" (in the footer)',
    edits: [['src/components/SiteFooter.astro', '<footer class="no-print mt-12 border-t-4 border-brand bg-panel">', '<footer class="no-print mt-12 border-t-4 border-brand bg-panel"><a href="https://www.example.org/">Example</a>']],
  },
];

const root = process.cwd();
const port = process.env.TEST_PORT ?? '4397';
const chosen = process.argv.slice(2);
const faults = chosen.length ? FAULTS.filter((f) => chosen.some((c) => f.name.includes(c))) : FAULTS;

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1', TEST_PORT: port, ...env }, maxBuffer: 256 * 1024 * 1024 });
}

/** The titles of failed tests in a Vitest or Playwright JSON report. */
function failures(file: string): string[] {
  if (!existsSync(file)) return [`(no report: ${file})`];
  const json = JSON.parse(readFileSync(file, 'utf8'));
  if (json.testResults) {
    return json.testResults.flatMap((f: { name: string; message?: string; assertionResults: Array<{ status: string; fullName: string }> }) => {
      const failed = f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${f.name.replace(`${root}/`, '').replace(/^.*?(tests\/)/, '$1')} > ${a.fullName}`);
      return failed.length || !f.message ? failed : [`${f.name}: ${f.message.split('\n')[0]}`];
    });
  }
  const out: string[] = [];
  const walk = (suite: { specs?: Array<{ title: string; file: string; ok: boolean }>; suites?: unknown[] }) => {
    for (const spec of suite.specs ?? []) if (!spec.ok) out.push(`${spec.file} > ${spec.title}`);
    for (const child of (suite.suites ?? []) as Array<typeof suite>) walk(child);
  };
  for (const s of json.suites ?? []) walk(s);
  return out.length ? out : (json.errors ?? []).map((e: { message: string }) => e.message.split('\n')[0]);
}

ensureChromium();
const scratch = mkdtempSync(join(tmpdir(), 'signpost-faults-'));
execFileSync('git', ['worktree', 'add', '--detach', scratch, 'HEAD'], { stdio: 'ignore' });
symlinkSync(resolve('node_modules'), join(scratch, 'node_modules'));
const results: Array<{ fault: string; caughtBy: string }> = [];
try {
  for (const fault of faults) {
    execFileSync('git', ['checkout', '--', '.'], { cwd: scratch });
    for (const [file, find, replace] of fault.edits) {
      const path = join(scratch, file);
      const text = readFileSync(path, 'utf8');
      if (text.split(find).length !== 2) throw new Error(`${fault.name}: "${find}" is not in ${file} exactly once; update the fault`);
      writeFileSync(path, text.replace(find, () => replace));
    }
    console.log(`\n## ${fault.name}`);
    let caughtBy = 'NOT CAUGHT';
    const build = sh('npm', ['run', 'build'], scratch);
    if (build.status !== 0) {
      const lines = `${build.stdout}\n${build.stderr}`.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
      // The content check names the file and the field; anything else, its first error line.
      const line = lines.find((l) => /content\/\S+: /.test(l)) ?? lines.find((l) => /error/i.test(l)) ?? 'the build failed';
      caughtBy = `build: ${line.trim().slice(0, 200)}`;
    } else {
      const steps: Array<[tier: string, args: string[], report: string]> = [
        ['vitest', ['vitest', 'run', '--reporter=json', '--outputFile=test-results/faults-unit.json'], 'test-results/faults-unit.json'],
        ['browser tier', ['playwright', 'test', '--project=browser', '--project=area', '--max-failures=1', '--reporter=json'], 'test-results/faults-e2e.json'],
        ['sweep', ['playwright', 'test', '--project=sweep', '--max-failures=1', '--reporter=json'], 'test-results/faults-sweep.json'],
      ];
      for (const [tier, args, report] of steps) {
        rmSync(join(scratch, report), { force: true });
        const r = sh('npx', args, scratch, { PLAYWRIGHT_JSON_OUTPUT_NAME: join(scratch, report), PLAYWRIGHT_REPORT: join(scratch, report) });
        if (r.status !== 0) {
          caughtBy = `${tier}: ${failures(join(scratch, report)).slice(0, 3).join(' | ')}`;
          break;
        }
      }
    }
    console.log(caughtBy);
    results.push({ fault: fault.name, caughtBy });
  }
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', scratch], { stdio: 'ignore' });
}
console.log('\n| fault | caught by |\n| --- | --- |');
for (const r of results) console.log(`| ${r.fault} | ${r.caughtBy.replace(/\|/g, '/')} |`);
const missed = results.filter((r) => r.caughtBy === 'NOT CAUGHT').length;
console.log(`\n${results.length - missed} passed, ${missed} failed`);
process.exit(missed ? 1 : 0);
