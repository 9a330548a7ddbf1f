// The last build step (after `astro build` and the search index, scripts/build-search.ts): writes
// dist/sw.js, the service worker that keeps the site working without a connection on devices that
// chose to save it (and kiosk tablets). Workbox's getManifest lists every built file
// with a revision (a hash of its content, or none where the file name already changes with it);
// src/lib/offline.ts groups them by language; esbuild bundles src/sw/sw.ts, with Workbox from npm,
// into one self-hosted file with that list written in. Any change to the site changes sw.js, which
// is how browsers learn there is something new (see src/sw/sw.ts for how it takes over).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { loadArea } from '../src/lib/content-files.ts';
import { chosenAreaId } from '../src/lib/content-layers.ts';
import { groupOffline, offlineUrl, type PagefindEntry, type SavedCopyInfo } from '../src/lib/offline.ts';

const dist = 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error('build-sw: no built site in dist/: run `astro build` and scripts/build-search.ts first.');
  process.exit(1);
}
const area = loadArea('content', chosenAreaId('content'));
const entryFile = `${dist}/pagefind/pagefind-entry.json`;
const pagefind = existsSync(entryFile) ? (JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry) : undefined;
if (!pagefind) console.warn('build-sw: no Pagefind index in dist/pagefind: search will not work offline.');

const { manifestEntries, warnings } = await getManifest({
  globDirectory: dist,
  globPatterns: ['**/*'],
  // The open data feed (/openreferral/) is for other tools, not for reading the site without signal.
  globIgnores: ['sw.js', '_headers', '_redirects', 'openreferral/**', 'directory.csv'],
  // Files whose names carry a hash of their content need no revision of their own.
  dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
});
if (warnings.length) {
  for (const w of warnings) console.error(`build-sw: ${w}`);
  process.exit(1);
}
const manifest = groupOffline(
  (manifestEntries ?? []).map((e) => ({ url: e.url, revision: e.revision })),
  area.locales.map((l) => l.code),
  pagefind,
);

// What a page from the saved copy says about its age, in each language: the words, with "{{date}}"
// for the worker to fill in with this build's date (src/lib/offline.ts, savedCopyText).
const strings = (code: string) => JSON.parse(readFileSync(`src/i18n/locales/${code}.json`, 'utf8')) as Record<string, string>;
const english = strings('en');
const words = (code: string, key: string) => strings(code)[key] ?? english[key]!;
const savedCopy: SavedCopyInfo = {
  builtAt: new Date().toISOString(),
  warnAfterDays: area.offline.warnAfterDays,
  notices: Object.fromEntries(area.locales.map((l) => [l.code, { recent: words(l.code, 'offline.savedCopy'), old: words(l.code, 'offline.savedCopyOld') }])),
};

await build({
  entryPoints: ['src/sw/sw.ts'],
  outfile: `${dist}/sw.js`,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  logLevel: 'warning',
  // Workbox's own logging is for development; production drops it.
  define: { 'process.env.NODE_ENV': '"production"', OFFLINE_MANIFEST: JSON.stringify(manifest), SAVED_COPY: JSON.stringify(savedCopy) },
});

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const sizes = new Map((manifestEntries ?? []).map((e) => [offlineUrl(e.url), statSync(`${dist}/${e.url}`).size]));
const sizeOf = (files: Array<{ url: string }>) => files.reduce((sum, { url }) => sum + (sizes.get(url) ?? 0), 0);
const groups = [['shared', manifest.shared] as const, ...Object.entries(manifest.locales)];
console.log(`build-sw: dist/sw.js saves for offline use: ${groups.map(([name, files]) => `${name} ${files.length} files (${kib(sizeOf(files))})`).join(', ')}`);
