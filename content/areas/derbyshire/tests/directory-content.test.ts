import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phoneAction } from '../../../../src/lib/contact.ts';
import { content, pageFile, serviceFile } from '../../../../tests/support/content.ts';
import { findNumbers } from '../../../../src/lib/withheld.ts';
import { NATIONAL } from '../../../../src/schemas/service.ts';
import { LEADS } from './lead-numbers.ts';
import { REQUIRED_PAGES } from './required-pages.ts';

// The real directory for Derby and Derbyshire, checked against the rules in the content README:
// facts only from shared/facts, with sources; everything left out named with a reason.
const { services, districts, pages, withheld } = content;
const county = districts.map((d) => d.id).filter((id) => id !== 'derby-city');

/** Every service in shared/facts with at least one verified contact channel (see the report of issue 7). */
const EXPECTED_SERVICES = [
  // local
  'derby-city-mission',
  'derbyshire-adult-safeguarding',
  'derbyshire-domestic-abuse-helpline',
  'derbyshire-mental-health-helpline',
  'derbyshire-police',
  'derbyshire-victim-services',
  'restorative-justice-derbyshire',
  'safe-and-sound',
  'starting-point',
  'stop-hate-line',
  'sv2',
  // national
  'report-fraud',
  'brake-road-victim-helpline',
  'childline',
  'crimestoppers',
  'criminal-injuries-compensation',
  'cruse',
  'forced-marriage-unit',
  'galop',
  'karma-nirvana',
  'mind',
  'modern-slavery-helpline',
  'national-domestic-abuse-helpline',
  'national-stalking-helpline',
  'nspcc-helpline',
  'rape-and-sexual-abuse-support-line',
  'revenge-porn-helpline',
  'samaritans',
  'victim-support-supportline',
];


describe('the directory content', () => {
  it('is valid', () => {
    expect(content.problems).toEqual([]);
  });

  it('lists every facts service that has a verified contact channel, and no other', () => {
    expect(services.map((s) => s.id).sort()).toEqual([...EXPECTED_SERVICES].sort());
  });

  it('gives every service at least one way to get in touch', () => {
    for (const s of services) {
      const channels = s.contact.phones.length + (s.contact.email ? 1 : 0) + (s.contact.website ? 1 : 0);
      expect(channels, s.id).toBeGreaterThan(0);
    }
  });

  it('names each unverified field with a reason in brackets', () => {
    for (const s of services) {
      for (const field of s.unverified) expect(field, s.id).toMatch(/^[A-Za-z][\w -]* \(.+\)$/);
    }
  });

  it('lists sources for every service and dates its last check', () => {
    for (const s of services) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      expect(new Set(s.sources).size, `${s.id} repeats a source`).toBe(s.sources.length);
      expect(s.lastChecked.getTime(), s.id).toBeLessThanOrEqual(Date.now());
    }
  });

  it('puts every local service before every national one', () => {
    const local = services.filter((s) => !s.areasServed.includes(NATIONAL)).map((s) => s.order);
    const national = services.filter((s) => s.areasServed.includes(NATIONAL)).map((s) => s.order);
    expect(Math.max(...local)).toBeLessThan(Math.min(...national));
  });

  it('keeps county-only services out of Derby City and covers whole areas', () => {
    for (const id of ['derbyshire-domestic-abuse-helpline', 'starting-point', 'derbyshire-adult-safeguarding', 'stop-hate-line']) {
      expect(services.find((s) => s.id === id)!.areasServed.sort(), id).toEqual([...county].sort());
    }
    expect(services.find((s) => s.id === 'derbyshire-victim-services')!.areasServed.length).toBe(districts.length);
  });

  it('gives ages, languages and cost only where a source states them (shared/facts/updates-2026-12.yaml)', () => {
    const ages = Object.fromEntries(services.filter((s) => s.ages).map((s) => [s.id, { group: s.ages!.group, min: s.ages!.min, max: s.ages!.max }]));
    const limits = (min?: number, max?: number) => ({ group: undefined, min, max });
    const group = (g: string) => ({ group: g, min: undefined, max: undefined });
    expect(ages).toEqual({
      // Only these four have a source for serving all ages.
      'karma-nirvana': group('everyone'),
      'modern-slavery-helpline': group('everyone'),
      sv2: group('everyone'),
      'derbyshire-mental-health-helpline': group('everyone'),
      // Childline: children and young people, no limit given; the NSPCC helpline and the county
      // domestic abuse helpline: adults; the general local service: 18 and over (the specification).
      childline: group('young-people'),
      'nspcc-helpline': group('adults'),
      'derbyshire-domestic-abuse-helpline': group('adults'),
      'derbyshire-victim-services': limits(18),
      'rape-and-sexual-abuse-support-line': limits(16),
      'revenge-porn-helpline': limits(18),
      'safe-and-sound': limits(7, 18),
    });
    // The Modern Slavery Helpline's source: over 200 languages (it said "English" before).
    expect(services.find((s) => s.id === 'modern-slavery-helpline')!.languages).toMatchObject({ moreThan: 200 });
    for (const s of services) {
      for (const fact of ['ages', 'languages', 'cost'] as const) {
        if (!s[fact]) expect(s.unverified.some((u) => u.startsWith(fact)), `${s.id}: say why ${fact} is left out, under unverified`).toBe(true);
      }
    }
  });

  it('never contains a lead number, and the withheld list includes every lead', () => {
    expect(withheld.map((w) => w.number)).toEqual(expect.arrayContaining([...LEADS]));
    for (const s of services) {
      const text = readFileSync(serviceFile(s.id), 'utf8');
      expect(findNumbers(text, LEADS.map((number) => ({ number }))), s.id).toEqual([]);
    }
  });

  it('has every information page in English, with only the site pages in the footer', () => {
    for (const slug of REQUIRED_PAGES) expect(pages, slug).toContain(`en/${slug}`);
    const footer = pages
      .filter((p) => p.startsWith('en/') && /^footer:\s*true\s*$/m.test(readFileSync(pageFile(p), 'utf8').split('\n---')[0]!))
      .sort();
    expect(footer).toEqual(['en/about', 'en/accessibility', 'en/privacy', 'en/quick-exit']);
  });

  it('only links to phone numbers in information pages that a service publishes', () => {
    const published = new Set(
      services.flatMap((s) => s.contact.phones.map((p) => phoneAction(p).href.replace(/\?.*$/, '').replace(/^(tel|sms):/, ''))),
    );
    const linked = pages.flatMap((p) =>
      [...readFileSync(pageFile(p), 'utf8').matchAll(/\]\((?:tel|sms):([^)?]+)/g)].map((m) => [p, m[1]!] as const),
    );
    expect(linked.length).toBeGreaterThan(5);
    for (const [page, number] of linked) expect(published, `${page}: ${number}`).toContain(number);
  });

  it('has no roadshows invented: the events list is empty', () => {
    expect(content.events).toEqual([]);
  });
});
