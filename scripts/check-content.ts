// `npm run check:content`: validates everything in content/ as the build does, then prints an
// editor's report: services checked more than 12 months ago, fields left unverified, services
// with no phone. Exits non-zero only when a file is invalid.
import { checkContent, formatProblem } from '../src/lib/content-files.ts';
import { monthsBetween } from '../src/lib/dates.ts';

const today = new Date(process.env.CONTENT_TODAY ?? Date.now());
const { area, services, crimeTypes, districts, problems } = checkContent('content', '.');

if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in content/:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}

console.log(`Content for ${area?.name}: ${services.length} services, ${crimeTypes.length} crime types, ${districts.length} districts. No problems.\n`);

const stale = services.filter((s) => monthsBetween(s.lastChecked, today) >= 12);
console.log(`Last checked more than 12 months ago (${stale.length}):`);
for (const s of stale) console.log(`  ${s.id}: ${s.lastChecked.toISOString().slice(0, 10)}`);

const unverified = services.filter((s) => s.unverified.length > 0);
console.log(`\nFields left unverified (${unverified.length} services):`);
for (const s of unverified) console.log(`  ${s.id}: ${s.unverified.join(', ')}`);

const noPhone = services.filter((s) => !s.contact.phones.some((p) => p.kind === 'voice'));
console.log(`\nNo phone number to call (${noPhone.length}):`);
for (const s of noPhone) console.log(`  ${s.id}: ${s.contact.website ? 'website only' : s.contact.phones.length ? 'text only' : 'no contact channel'}`);
