// Writes the directory as an Open Referral UK feed into dist/openreferral/ (after astro build):
// a read-only API of static JSON files, generated from the same validated content as the pages.
//   /openreferral/              the API root: version, profile, openapi_url
//   /openreferral/services      one page holding every service (total_pages: 1)
//   /openreferral/services/{id} one service, fully nested (organisation, contacts and phones,
//                               schedules, service areas, languages, ages, cost, crime types)
//   /openreferral/organizations, /taxonomies, /taxonomy_terms (and each by id)
// Each path works with and without ".json": dist/_redirects rewrites the bare path to the file on
// hosts that read it (Netlify, Cloudflare Pages; `npm run serve` too), and dist/_headers sends
// every file as JSON to any origin (Access-Control-Allow-Origin: *).
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../src/lib/content-files.ts';
import { chosenAreaId } from '../src/lib/content-layers.ts';
import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS, csvRow } from '../src/lib/directory-csv.ts';
import { HSDS_VERSION, ORUK_PROFILE, organizations, page, service, taxonomy, taxonomyTerms, type FeedContext } from '../src/lib/open-referral.ts';

const dist = process.argv[2] ?? 'dist';
const content = checkContent('content', '.', chosenAreaId('content'));
if (!content.area) throw new Error(content.problems.map(formatProblem).join('\n'));
const ctx: FeedContext = { area: content.area, districts: content.districts, crimeTypes: content.crimeTypes, siteUrl: content.area.siteUrl };
const base = join(dist, 'openreferral');
rmSync(base, { recursive: true, force: true });

const rewrites: string[] = [];
function write(path: string, value: unknown) {
  const file = join(base, `${path}.json`);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  const bare = `/openreferral/${path}`.replace(/\/index$/, '');
  rewrites.push(`${bare} /openreferral/${path}.json 200`, `${bare}/ /openreferral/${path}.json 200`);
}

const services = [...content.services].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
const records = services.map((s) => service(ctx, s, services));
write('index', {
  version: HSDS_VERSION,
  profile: ORUK_PROFILE,
  openapi_url: 'https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/schema/openapi.json',
});
write('services', page(records));
for (const r of records) write(`services/${r.id as string}`, r);
const orgs = organizations(ctx, services);
write('organizations', page(orgs));
for (const o of orgs) write(`organizations/${o.id as string}`, o);
const tax = taxonomy(ctx);
write('taxonomies', page([tax]));
write(`taxonomies/${tax.id as string}`, tax);
const terms = taxonomyTerms(ctx);
write('taxonomy_terms', page(terms));
for (const t of terms) write(`taxonomy_terms/${t.id as string}`, t);

// The same directory as a spreadsheet for professionals (linked from the services page).
const rows = services.map((s) => csvRow(s, { ...ctx, locale: ctx.area.defaultLocale }));
writeFileSync(join(dist, 'directory.csv'), stringify(rows, { header: true, columns: [...CSV_COLUMNS], bom: true }));

appendFileSync(join(dist, '_redirects'), `\n# Open Referral UK feed: each path with or without .json (scripts/build-openreferral.ts)\n${rewrites.join('\n')}\n`);
console.log(`build-openreferral: ${records.length} services, ${orgs.length} organisations, ${terms.length} taxonomy terms in ${base}/; ${rows.length} rows in ${dist}/directory.csv`);
