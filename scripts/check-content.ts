// `npm run check:content`: validates everything in content/ as the build does (including that no
// withheld number appears anywhere), then prints an editor's report: services checked more than
// 12 months ago, services imported and waiting for an editor, fields left unverified, services with no phone or no contact at all, and the
// roadshows still to come. Exits non-zero only when a file is invalid.
import { checkContent, formatProblem } from '../src/lib/content-files.ts';
import { chosenAreaId } from '../src/lib/content-layers.ts';
import { monthsBetween } from '../src/lib/dates.ts';
import { upcomingByDistrict } from '../src/lib/events.ts';

const today = new Date(process.env.CONTENT_TODAY ?? Date.now());
const { area, services, imported, crimeTypes, districts, pages, events, withheld, problems } = checkContent('content', '.', chosenAreaId('content'));

if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in content/:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `Content for ${area?.name}: ${plural(services.length, 'service')}, ${plural(crimeTypes.length, 'crime type')}, ` +
    `${plural(districts.length, 'district')}, ${plural(pages.length, 'information page')}, ${plural(events.length, 'event')}. No problems.`,
);
console.log(`Withheld numbers: ${withheld.length} checked, none found in content/.\n`);
if (imported.length > 0) {
  console.log(`Imported from another directory's feed, not published until an editor checks each and moves it to content/services/ (${imported.length}):`);
  for (const s of imported) console.log(`  content/imported/${s.id}.md (from ${s.imported?.feed ?? 'a feed'})`);
  console.log('');
}

const stale = services.filter((s) => monthsBetween(s.lastChecked, today) >= 12);
console.log(`Last checked more than 12 months ago (${stale.length}):`);
for (const s of stale) console.log(`  ${s.id}: ${s.lastChecked.toISOString().slice(0, 10)}`);

const unverified = services.filter((s) => s.unverified.length > 0);
console.log(`\nFields left unverified (${unverified.length} services):`);
for (const s of unverified) console.log(`  ${s.id}: ${s.unverified.join('; ')}`);

const channels = (s: (typeof services)[number]) =>
  [
    ...new Set(s.contact.phones.map((p) => (p.kind === 'voice' ? 'phone' : p.kind))),
    ...(s.contact.email ? ['email'] : []),
    ...(s.contact.website ? ['website'] : []),
  ].join(', ');

const noPhone = services.filter((s) => !s.contact.phones.some((p) => p.kind === 'voice'));
console.log(`\nNo phone number to call (${noPhone.length}):`);
for (const s of noPhone) console.log(`  ${s.id}: ${channels(s) || 'no contact channel'}`);

const noContact = services.filter((s) => channels(s) === '');
console.log(`\nNo contact channel at all (${noContact.length}):`);
for (const s of noContact) console.log(`  ${s.id}`);

const groups = upcomingByDistrict(events, districts.map((d) => d.id), today);
const upcoming = groups.reduce((n, g) => n + g.events.length, 0);
console.log(`\nRoadshows still to come (${upcoming} of ${events.length} listed):`);
for (const g of groups) {
  for (const e of g.events) console.log(`  ${e.date.toISOString().slice(0, 10)} ${g.district}: ${e.venue}`);
}
