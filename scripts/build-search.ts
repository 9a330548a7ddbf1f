// The build step after `astro build` (and before scripts/build-sw.ts): the search index. Pagefind
// (its Node API, the same indexer as `pagefind --site dist`) indexes the built pages into
// dist/pagefind/, one index per language; then the elements only the index needs (filters,
// metadata and the words people use for a page, written by SearchData.astro and marked
// data-search-index-only) come out of the pages, so visitors never download them.
//
// Run it on a fresh `astro build` only: once the pages have lost those elements, indexing them
// again would lose the synonyms and filters, so it stops if it finds no page that has them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { stripIndexOnly } from '../src/lib/search.ts';

const dist = 'dist';
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html') && !join(e.parentPath, e.name).startsWith(join(dist, 'pagefind')))
  .map((e) => join(e.parentPath, e.name));
const marker = 'data-search-index-only';
if (!pages.some((file) => readFileSync(file, 'utf8').includes(marker))) {
  console.error(`build-search: no page in ${dist}/ has search data (${marker}): run \`astro build\` first (\`npm run build\` does both).`);
  process.exit(1);
}

const fail = (what: string, errors: string[]) => {
  console.error(`build-search: ${what}: ${errors.join('; ')}`);
  process.exit(1);
};
const { index, errors } = await pagefind.createIndex({});
if (!index || errors.length > 0) fail('could not start Pagefind', errors);
const added = await index!.addDirectory({ path: dist });
if (added.errors.length > 0) fail('indexing failed', added.errors);
const written = await index!.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length > 0) fail('could not write the index', written.errors);
await pagefind.close();

let stripped = 0;
let elements = 0;
let bytes = 0;
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const { html: out, removed } = stripIndexOnly(html);
  if (removed === 0) continue;
  writeFileSync(file, out);
  stripped++;
  elements += removed;
  bytes += Buffer.byteLength(html) - Buffer.byteLength(out);
}
// Pagefind counts every page it read; the index holds those with data-pagefind-body, per language.
const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
console.log(
  `build-search: read ${added.page_count} pages, indexed ${indexed} in ${Object.keys(entry.languages).length} languages into ${dist}/pagefind/; ` +
    `took ${elements} index-only elements (${(bytes / 1024).toFixed(0)} KiB before compression) out of ${stripped} pages`,
);
