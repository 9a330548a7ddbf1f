/**
 * Turns one service record of an Open Referral UK / HSDS 3.0 feed into a service file for this site
 * (frontmatter data and a Markdown body), for `npm run import:oruk`. Every fact keeps its source (the
 * feed) and the day it was imported; `lastChecked` comes from the feed's `assured_date` or is left
 * unset; what this site's schema cannot hold is listed under `unverified`. The result goes to
 * content/imported/ and is never published until an editor has checked it and moved it to
 * content/services/. The inverse of src/lib/open-referral.ts: export, import, export gives the
 * same records.
 */
import { ANY_CRIME, NATIONAL } from '../schemas/values.ts';
import { weekdays, type Weekday } from '../schemas/values.ts';
import { RELAY_PREFIX } from './contact.ts';

type Json = Record<string, unknown>;

export interface ImportContext {
  districts: ReadonlyArray<{ id: string; name: string }>;
  crimeTypes: ReadonlyArray<{ id: string }>;
  /** The feed's address, or the file it was read from. */
  feed: string;
  /** The day of the import, YYYY-MM-DD. */
  today: string;
}

export interface ImportedFile {
  /** The file name to use (without .md), from the service's name. */
  slug: string;
  data: Json;
  body: string;
  /** What could not be imported, one line each (also listed under `unverified`). */
  notes: string[];
}

const HANDLED = new Set([
  'id', 'name', 'description', 'status', 'url', 'email', 'organization', 'organization_id', 'minimum_age', 'maximum_age',
  'assured_date', 'schedules', 'service_areas', 'languages', 'cost_options', 'contacts', 'phones', 'attributes',
]);
const BYDAY: Record<string, Weekday> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' };
const FEED = 'feed';
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null) : []);
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A file name from a service's name: lower-case words joined by hyphens. */
export function slugFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'service';
}

/** A record is a service when it has the fields the profile requires of one: id, name and status. */
export const isServiceRecord = (r: unknown): r is Json => typeof r === 'object' && r !== null && 'id' in r && 'name' in r && 'status' in r;

function phoneFrom(p: Json): Json | undefined {
  let number = str(p.number);
  if (!number) return undefined;
  let description = str(p.description) ?? '';
  const take = (prefix: RegExp) => {
    const m = prefix.exec(description);
    if (!m) return undefined;
    description = description.slice(m[0].length).replace(/^\.\s*/, '');
    return m;
  };
  let kind = p.type === 'text' ? 'text' : p.type === 'textphone' ? 'textphone' : 'voice';
  if (take(/^Relay UK/)) kind = 'relay';
  else if (take(/^WhatsApp/)) kind = 'whatsapp';
  const message = take(/^Text the word (\S+?)(?=\.(\s|$)|$)/)?.[1];
  const professionalsOnly = Boolean(take(/^For professionals only/));
  if (kind === 'relay' && number.startsWith(`${RELAY_PREFIX} `)) number = number.slice(RELAY_PREFIX.length + 1);
  const short = number.replace(/\D/g, '').length < 8 && !number.startsWith('0');
  return {
    number,
    kind,
    ...(short ? { short: true } : {}),
    ...(message ? { message } : {}),
    ...(professionalsOnly ? { professionalsOnly: true } : {}),
    ...(description ? { label: description } : {}),
    from: [FEED],
  };
}

export function importService(record: Json, ctx: ImportContext): ImportedFile {
  const notes: string[] = [];
  const note = (line: string) => notes.push(line);
  const name = str(record.name) ?? 'Unnamed service';
  const description = str(record.description);
  const data: Json = { name };
  const organisation = str((record.organization as Json | undefined)?.name);
  if (organisation) data.organisation = organisation;

  // The summary is one line: the description when short, else its first sentence.
  let summary = description ?? name;
  if (summary.length > 200) {
    const first = /^.{20,199}?[.!?](\s|$)/.exec(summary)?.[0].trim();
    summary = first ?? `${summary.slice(0, 197).replace(/\s+\S*$/, '')}…`;
  }
  data.summary = summary;

  // Crime types: the taxonomy terms this area knows; every one of them means "any crime".
  const codes = list(record.attributes).map((a) => str((a.taxonomy_term as Json | undefined)?.code)).filter((c): c is string => Boolean(c));
  const known = ctx.crimeTypes.map((c) => c.id).filter((id) => codes.includes(id));
  const unknownCodes = codes.filter((c) => !ctx.crimeTypes.some((t) => t.id === c));
  if (unknownCodes.length > 0) note(`crime types the feed gives that this area does not have: ${unknownCodes.join(', ')}`);
  if (known.length === 0) note('crime types (the feed gives none this area knows: "any" until an editor chooses)');
  data.crimeTypes = known.length === 0 || known.length === ctx.crimeTypes.length ? [ANY_CRIME] : known;

  // Ages: only the limits the feed gives.
  const min = typeof record.minimum_age === 'number' ? record.minimum_age : undefined;
  const max = typeof record.maximum_age === 'number' ? record.maximum_age : undefined;
  if (min !== undefined || max !== undefined) data.ages = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), from: [FEED] };

  // Areas: districts by name; "National" for anywhere.
  const areaNames = list(record.service_areas).map((a) => str(a.name)).filter((n): n is string => Boolean(n));
  const national = areaNames.some((n) => /^national\b/i.test(n));
  const districts = ctx.districts.filter((d) => areaNames.some((n) => n.toLowerCase() === d.name.toLowerCase())).map((d) => d.id);
  const unmatched = areaNames.filter((n) => !/^national\b/i.test(n) && !ctx.districts.some((d) => d.name.toLowerCase() === n.toLowerCase()));
  if (unmatched.length > 0) note(`service areas that are not districts of this area: ${unmatched.join(', ')}`);
  if (!national && districts.length === 0) note('areas served (none the feed gives is a district here: "national" until an editor chooses)');
  data.areasServed = national || districts.length === 0 ? [NATIONAL] : districts;

  // Contact: phones from the service's contacts (and HSDS service-level phones), email, website.
  const phones = [...list(record.contacts).flatMap((c) => list(c.phones)), ...list(record.phones)].map(phoneFrom).filter((p): p is Json => Boolean(p));
  const contact: Json = { phones };
  const email = str(record.email);
  if (email) contact.email = { address: email, from: [FEED] };
  const url = str(record.url);
  if (url?.startsWith('https://')) contact.website = url;
  else if (url) note(`website ${url} (not https: this site only links to https addresses)`);
  data.contact = contact;

  // Hours: weekly schedules; every day 00:00 to 23:59 is "always open".
  const schedules = list(record.schedules);
  if (schedules.length > 0) {
    const weekly = schedules
      .filter((s) => s.freq === 'WEEKLY' && str(s.byday) && str(s.opens_at) && str(s.closes_at))
      .map((s) => ({ days: String(s.byday).split(',').map((d) => BYDAY[d.trim()]).filter((d): d is Weekday => Boolean(d)), opens: String(s.opens_at).slice(0, 5), closes: String(s.closes_at).slice(0, 5) }));
    if (weekly.length < schedules.length) note('opening times the feed gives in a form this site cannot hold (not weekly days and times)');
    const notesText = [...new Set(schedules.map((s) => str(s.notes)).filter(Boolean))];
    const always = weekly.length === 1 && weekly[0]!.days.length === 7 && weekly[0]!.opens === '00:00' && weekly[0]!.closes === '23:59';
    if (weekly.length > 0) {
      data.hours = {
        ...(always ? { alwaysOpen: true } : { weekly: weekly.map((w) => ({ ...w, days: weekdays.filter((d) => w.days.includes(d)) })) }),
        ...(notesText.length === 1 ? { note: notesText[0] } : {}),
        from: [FEED],
      };
    }
  }

  // Languages: codes, and "more than N" or interpreters where the feed says so in a note.
  const languages = list(record.languages);
  const spoken = languages.map((l) => str(l.code)).filter((c): c is string => Boolean(c));
  const moreThan = languages.map((l) => /^More than (\d+) languages$/.exec(str(l.note) ?? '')?.[1]).find(Boolean);
  const interpreters = languages.some((l) => str(l.note) === 'Interpreters can be arranged');
  if (spoken.length > 0 || moreThan || interpreters) {
    data.languages = { ...(spoken.length > 0 ? { spoken } : {}), ...(moreThan ? { moreThan: Number(moreThan) } : {}), ...(interpreters ? { interpreters: true } : {}), from: [FEED] };
  }

  // Cost: only a plain free / not free.
  const cost = list(record.cost_options)[0];
  if (cost) {
    const option = str(cost.option);
    if (option === 'Free' || cost.amount === 0) data.cost = { free: true, from: [FEED] };
    else if (option === 'There may be a charge') data.cost = { free: false, from: [FEED] };
    else note(`cost: ${option ?? JSON.stringify(cost)} (this site says only free or not)`);
  }

  if (isDate(record.assured_date) && record.assured_date <= ctx.today) data.lastChecked = record.assured_date;
  else note('last checked (the feed does not say when its facts were checked)');
  const isUrl = /^https?:\/\//.test(ctx.feed);
  data.sources = [{ id: FEED, ...(isUrl ? { url: ctx.feed } : { document: `Open Referral feed ${ctx.feed}` }), ...(isDate(record.assured_date) ? { pageDate: record.assured_date } : {}), checked: ctx.today }];
  if (record.status !== 'active') note(`status "${String(record.status)}" in the feed: check the service still runs`);
  for (const key of Object.keys(record)) if (!HANDLED.has(key)) note(`${key} (not held by this site)`);
  data.unverified = [`every fact (imported from ${ctx.feed} on ${ctx.today}: check them on the service's own pages, then move this file to content/services/)`, ...notes];
  data.imported = { feed: ctx.feed, ...(typeof record.id === 'string' && UUID.test(record.id) ? { id: record.id } : {}), on: ctx.today };
  return { slug: slugFor(name), data, body: `${description ?? summary}\n`, notes };
}
