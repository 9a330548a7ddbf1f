/**
 * The directory as Open Referral UK (the UK profile of HSDS 3.0): plain objects built from the
 * validated content, for the static read-only API under /openreferral/ (scripts/build-openreferral.ts).
 * Only published, sourced facts go in; what is unknown is left out, never null or empty.
 * Ids are UUIDv5 of each content id in a namespace of the site's address, so they never change
 * between builds.
 */
import { v5 as uuidv5 } from 'uuid';
import type { Area } from '../schemas/area.ts';
import type { CrimeType } from '../schemas/crime-type.ts';
import type { District } from '../schemas/district.ts';
import type { Service } from '../schemas/service.ts';
import type { Weekday } from '../schemas/values.ts';
import { ageLimits, helpsAnyCrime, isNational } from './eligibility.ts';

export const HSDS_VERSION = '3.0';
export const ORUK_PROFILE = 'https://openreferraluk.org/';
export const CRIME_TAXONOMY = 'crime-types';

type Json = Record<string, unknown>;
/** A service from content: published, or imported and waiting (lastChecked may then be missing). */
export type ContentService = Omit<Service, 'lastChecked'> & { id: string; lastChecked?: Date | undefined };

export interface FeedContext {
  area: Area;
  districts: readonly District[];
  crimeTypes: readonly CrimeType[];
  /** The site's address, e.g. https://signpost.example.org (ids are derived from it). */
  siteUrl: string;
}

/** A stable UUID for a content record: the same kind and id give the same UUID on every build. */
export function recordId(siteUrl: string, kind: string, id: string): string {
  return uuidv5(`${kind}/${id}`, uuidv5(new URL('/', siteUrl).href, uuidv5.URL));
}

const BYDAY: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const PHONE_TYPE: Record<string, string> = { voice: 'voice', text: 'text', textphone: 'textphone', relay: 'voice', whatsapp: 'text' };

/** The taxonomy of crime types, and its terms. */
export function taxonomy(ctx: FeedContext): Json {
  return {
    id: recordId(ctx.siteUrl, 'taxonomy', CRIME_TAXONOMY),
    name: 'Crime types',
    description: `The kinds of crime and harm the ${ctx.area.name} directory helps with.`,
    uri: new URL('/openreferral/taxonomies/', ctx.siteUrl).href,
  };
}

export function taxonomyTerms(ctx: FeedContext): Json[] {
  const taxonomyId = recordId(ctx.siteUrl, 'taxonomy', CRIME_TAXONOMY);
  return ctx.crimeTypes.map((c) => ({
    id: recordId(ctx.siteUrl, 'taxonomy_term', c.id),
    code: c.id,
    name: c.name,
    description: c.hint,
    taxonomy_id: taxonomyId,
  }));
}

/** The organisations that run services, where a source names them. */
export function organizations(ctx: FeedContext, services: readonly ContentService[]): Json[] {
  const names = [...new Set(services.flatMap((s) => (s.organisation ? [s.organisation] : [])))];
  return names.map((name) => organization(ctx, name, services.filter((s) => s.organisation === name)));
}

function organization(ctx: FeedContext, name: string, runs: readonly ContentService[]): Json {
  return {
    id: recordId(ctx.siteUrl, 'organization', name),
    name,
    // Sorted, so that the record does not depend on the order services were read in.
    description: `Runs ${runs.map((s) => s.name).sort((a, b) => a.localeCompare(b, 'en')).join(', ')}.`,
  };
}

/** One service, fully nested. */
/** A service's id: the one it had in the feed it was imported from, or one derived from its content id. */
export const serviceId = (ctx: FeedContext, s: ContentService) => s.imported?.id ?? recordId(ctx.siteUrl, 'service', s.id);

export function service(ctx: FeedContext, s: ContentService, all: readonly ContentService[] = [s]): Json {
  const id = serviceId(ctx, s);
  const out: Json = { id, name: s.name, description: s.summary, status: 'active' };
  if (s.lastChecked) out.assured_date = s.lastChecked.toISOString().slice(0, 10);
  if (s.organisation) {
    out.organization_id = recordId(ctx.siteUrl, 'organization', s.organisation);
    out.organization = organization(ctx, s.organisation, all.filter((x) => x.organisation === s.organisation));
  }
  if (s.contact.website) out.url = s.contact.website;
  if (s.contact.email) out.email = s.contact.email.address;
  // Ages only where a source gives limits or says adults; "everyone" has none, "young people" no number.
  if (s.ages && (s.ages.group === 'adults' || s.ages.min !== undefined || s.ages.max !== undefined)) {
    const { min, max } = ageLimits(s.ages);
    if (min > 0) out.minimum_age = min;
    if (max < Infinity) out.maximum_age = max;
  }
  if (s.hours) {
    const schedules = s.hours.alwaysOpen
      ? [{ freq: 'WEEKLY', byday: Object.values(BYDAY).join(','), opens_at: '00:00', closes_at: '23:59', description: 'Open 24 hours a day, every day' }]
      : s.hours.weekly.map((o) => ({ freq: 'WEEKLY', byday: o.days.map((d) => BYDAY[d]).join(','), opens_at: o.opens, closes_at: o.closes }));
    out.schedules = schedules.map((sc, i) => ({
      id: recordId(ctx.siteUrl, 'schedule', `${id}/${i}`),
      service_id: id,
      ...sc,
      ...(s.hours!.note ? { notes: s.hours!.note } : {}),
    }));
  }
  const areas = isNational(s) ? [{ key: 'national', name: 'National: open to people anywhere' }] : ctx.districts.filter((d) => s.areasServed.includes(d.id)).map((d) => ({ key: d.id, name: d.name }));
  out.service_areas = areas.map((a) => ({ id: recordId(ctx.siteUrl, 'service_area', `${id}/${a.key}`), service_id: id, name: a.name }));
  if (s.languages) {
    const languages = s.languages.spoken.map((code) => ({ id: recordId(ctx.siteUrl, 'language', `${id}/${code}`), service_id: id, code, name: code }));
    if (s.languages.moreThan !== undefined || s.languages.interpreters) {
      languages.push({
        id: recordId(ctx.siteUrl, 'language', `${id}/more`),
        service_id: id,
        ...(s.languages.moreThan !== undefined ? { note: `More than ${s.languages.moreThan} languages` } : { note: 'Interpreters can be arranged' }),
      } as never);
    }
    if (languages.length > 0) out.languages = languages;
  }
  if (s.cost) {
    out.cost_options = [{ id: recordId(ctx.siteUrl, 'cost_option', id), service_id: id, option: s.cost.free ? 'Free' : 'There may be a charge', ...(s.cost.free ? { amount: 0 } : {}) }];
  }
  if (s.contact.phones.length > 0) {
    const contactId = recordId(ctx.siteUrl, 'contact', id);
    out.contacts = [
      {
        id: contactId,
        service_id: id,
        name: s.name,
        phones: s.contact.phones.map((p, i) => ({
          id: recordId(ctx.siteUrl, 'phone', `${id}/${i}`),
          contact_id: contactId,
          number: p.kind === 'relay' ? `18001 ${p.display}` : p.display,
          type: PHONE_TYPE[p.kind],
          ...(phoneDescription(p) ? { description: phoneDescription(p) } : {}),
        })),
      },
    ];
  }
  const terms = helpsAnyCrime(s) ? ctx.crimeTypes : ctx.crimeTypes.filter((c) => s.crimeTypes.includes(c.id));
  const allTerms = taxonomyTerms(ctx);
  out.attributes = terms.map((c) => ({
    id: recordId(ctx.siteUrl, 'attribute', `${id}/${c.id}`),
    link_id: id,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: recordId(ctx.siteUrl, 'taxonomy_term', c.id),
    taxonomy_term: allTerms.find((t) => t.code === c.id),
  }));
  return out;
}

function phoneDescription(p: Service['contact']['phones'][number]): string | undefined {
  const parts = [
    p.kind === 'relay' ? 'Relay UK' : p.kind === 'whatsapp' ? 'WhatsApp' : undefined,
    p.message ? `Text the word ${p.message}` : undefined,
    p.professionalsOnly ? 'For professionals only' : undefined,
    p.label,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('. ') : undefined;
}

/** A page of records as the UK profile's API gives it (one page holding all). */
export function page(contents: readonly Json[]): Json {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
