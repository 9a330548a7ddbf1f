/**
 * schema.org JSON-LD for a service page: a Service with its provider, the areas and people it is
 * for, its opening hours and the channels to reach it. Facts come only from the content file.
 */
import type { WeeklyHours as Hours } from '../schemas/hours.ts';
import type { Service } from '../schemas/service.ts';
import { ADULT_AGE, ageLimits, isNational } from './eligibility.ts';

const DAY: Record<string, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

export function openingHoursSpecification(hours: Hours | undefined) {
  if (!hours) return undefined;
  if (hours.alwaysOpen) {
    return [{ '@type': 'OpeningHoursSpecification', dayOfWeek: Object.values(DAY), opens: '00:00', closes: '23:59' }];
  }
  return hours.weekly.map((o) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: o.days.map((d) => DAY[d]!),
    opens: o.opens,
    // schema.org has no 24:00; the last minute of the day stands for midnight.
    closes: o.closes === '24:00' ? '23:59' : o.closes,
  }));
}

export interface JsonLdContext {
  /** The page's own address. */
  url: string;
  /** The area this copy of the site serves (its `name` in area.yaml): what a national service serves here. */
  areaName: string;
  /** District names by id. */
  districtNames: Record<string, string>;
  /** What the service is, in the page's language ("Support for victims of crime"). */
  serviceType: string;
  /** Who it is for, in the page's language ("Victims of domestic abuse ..."). */
  audienceType: string;
}

/** The JSON-LD object for one service. */
export function serviceJsonLd(s: Service, ctx: JsonLdContext): Record<string, unknown> {
  const areas = isNational(s)
    ? [{ '@type': 'AdministrativeArea', name: ctx.areaName }]
    : s.areasServed.map((id) => ({ '@type': 'AdministrativeArea', name: ctx.districtNames[id] ?? id }));
  const audience: Record<string, unknown> = { '@type': 'PeopleAudience', audienceType: ctx.audienceType };
  // Only what a source gives: unknown ages, languages and cost are left out, never guessed.
  if (s.ages && s.ages.group !== 'everyone') {
    const { min, max } = ageLimits(s.ages);
    if (min > 0) audience.suggestedMinAge = min;
    if (max < Infinity) audience.suggestedMaxAge = max;
    if (min >= ADULT_AGE) audience.requiredMinAge = min;
  }

  const contactPoints = s.contact.phones.map((p) => ({
    '@type': 'ContactPoint',
    telephone: p.e164,
    contactType: p.label ?? p.kind,
  }));
  const channel: Record<string, unknown> = { '@type': 'ServiceChannel' };
  if (s.languages && s.languages.spoken.length > 0) channel.availableLanguage = s.languages.spoken;
  if (contactPoints.length > 0) channel.servicePhone = contactPoints.length === 1 ? contactPoints[0] : contactPoints;
  if (s.contact.website) channel.serviceUrl = s.contact.website;
  const provider: Record<string, unknown> = { '@type': 'Organization', name: s.organisation ?? s.name };
  if (s.contact.website) provider.url = s.contact.website;
  if (s.contact.email) provider.email = s.contact.email.address;

  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': ctx.url,
    url: ctx.url,
    name: s.name,
    description: s.summary,
    serviceType: ctx.serviceType,
    provider,
    areaServed: areas.length === 1 ? areas[0] : areas,
    audience,
    availableChannel: channel,
  };
  const hours = openingHoursSpecification(s.hours);
  if (hours) ld.hoursAvailable = hours.length === 1 ? hours[0] : hours;
  if (s.cost) ld.isAccessibleForFree = s.cost.free;
  return JSON.parse(JSON.stringify(ld)) as Record<string, unknown>;
}

/** JSON text safe to place inside a <script type="application/ld+json"> element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
