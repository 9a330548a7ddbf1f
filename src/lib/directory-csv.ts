/**
 * The directory as rows for a spreadsheet, for professionals (dist/directory.csv, linked from the
 * services page): one row per service, the columns a spreadsheet user expects, in English. What no
 * source gives says "Not confirmed", never a guess.
 */
import type { CrimeType } from '../schemas/crime-type.ts';
import type { District } from '../schemas/district.ts';
import type { Service } from '../schemas/service.ts';
import type { Weekday } from '../schemas/values.ts';
import { RELAY_PREFIX } from './contact.ts';
import { ageLimits, helpsAnyCrime, isNational } from './eligibility.ts';
import { dayRuns } from './hours.ts';

export const NOT_CONFIRMED = 'Not confirmed';

const DAY: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

export const CSV_COLUMNS = [
  'Name',
  'Organisation',
  'What it does',
  'Phone',
  'Text',
  'Email',
  'Website',
  'Opening hours',
  'Areas served',
  'Helps with',
  'Ages',
  'Languages',
  'Cost',
  'Contact them yourself',
  'Police report needed',
  'Last checked',
  'Page on this site',
  'Sources',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

export function csvRow(
  s: Service & { id: string },
  ctx: { siteUrl: string; locale: string; districts: readonly District[]; crimeTypes: readonly CrimeType[] },
): CsvRow {
  const phone = (kinds: string[]) =>
    s.contact.phones
      .filter((p) => kinds.includes(p.kind))
      .map((p) => {
        const number = p.kind === 'relay' ? `${RELAY_PREFIX} ${p.display}` : p.display;
        const notes = [p.kind === 'relay' ? 'Relay UK' : p.kind === 'whatsapp' ? 'WhatsApp' : p.kind === 'textphone' ? 'textphone' : '', p.message ? `text ${p.message}` : '', p.professionalsOnly ? 'professionals only' : '', p.label ?? ''].filter(Boolean);
        return notes.length > 0 ? `${number} (${notes.join('; ')})` : number;
      })
      .join('\n');
  const hours = !s.hours
    ? NOT_CONFIRMED
    : [s.hours.alwaysOpen ? '24 hours, every day' : dayRuns(s.hours).map((r) => `${r.from === r.to ? DAY[r.from] : `${DAY[r.from]}–${DAY[r.to]}`} ${r.ranges.map(([o, c]) => `${o}–${c}`).join(', ')}`).join('; '), s.hours.note ?? '']
        .filter(Boolean)
        .join('. ');
  const a = s.ages;
  const ages = !a
    ? NOT_CONFIRMED
    : a.group === 'everyone'
      ? 'Any age'
      : a.group === 'adults'
        ? 'Adults (18 and over)'
        : a.group === 'young-people'
          ? 'Children and young people'
          : (() => {
              const { min, max } = ageLimits(a);
              return max === Infinity ? `${min} and over` : min === 0 ? `Up to ${max}` : `${min} to ${max}`;
            })();
  const l = s.languages;
  const languages = !l
    ? NOT_CONFIRMED
    : [...l.spoken.map((code) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code), l.moreThan !== undefined ? `More than ${l.moreThan} languages` : '', l.interpreters ? 'Interpreters can be arranged' : ''].filter(Boolean).join(', ');
  return {
    Name: s.name,
    Organisation: s.organisation ?? NOT_CONFIRMED,
    'What it does': s.summary,
    Phone: phone(['voice', 'relay', 'textphone']),
    Text: phone(['text', 'whatsapp']),
    Email: s.contact.email?.address ?? '',
    Website: s.contact.website ?? '',
    'Opening hours': hours,
    'Areas served': isNational(s) ? 'National' : ctx.districts.filter((d) => s.areasServed.includes(d.id)).map((d) => d.name).join(', '),
    'Helps with': helpsAnyCrime(s) ? 'Any crime' : ctx.crimeTypes.filter((c) => s.crimeTypes.includes(c.id)).map((c) => c.name).join(', '),
    Ages: ages,
    Languages: languages,
    Cost: !s.cost ? NOT_CONFIRMED : s.cost.free ? 'Free' : 'There may be a charge',
    'Contact them yourself': s.referral.includes('self') ? 'Yes' : 'No',
    'Police report needed': !s.policeReport ? NOT_CONFIRMED : s.policeReport.needed ? 'Yes' : 'No',
    'Last checked': s.lastChecked.toISOString().slice(0, 10),
    'Page on this site': new URL(`/${ctx.locale}/services/${s.id}/`, ctx.siteUrl).href,
    Sources: s.sources.map((src) => src.url ?? src.document).join('\n'),
  };
}
