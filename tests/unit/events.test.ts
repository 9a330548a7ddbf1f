import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import RoadshowList from '../../src/components/RoadshowList.astro';
import { eventDay, isUpcoming, ukDay, upcomingByDistrict } from '../../src/lib/events.ts';
import { makeEventSchema } from '../../src/schemas/event.ts';

const schema = makeEventSchema({ districts: ['north-town', 'south-town', 'east-town'] });
const event = (id: string, date: string, district: string, extra: Record<string, string> = {}) =>
  schema.parse({ id, date, district, venue: `Venue ${id}`, description: `What happens at ${id}.`, ...extra });

// Fixture events around "now" = 2027-03-10 09:30 UK time.
const now = new Date('2027-03-10T09:30:00Z');
const fixtures = [
  event('past', '2027-03-09', 'north-town'),
  event('today-late', '2027-03-10', 'south-town', { starts: '14:00', ends: '16:00' }),
  event('today-early', '2027-03-10', 'south-town', { starts: '10:00' }),
  event('later-north', '2027-04-01', 'north-town'),
  event('soon-north', '2027-03-20', 'north-town', { starts: '09:00', ends: '12:00' }),
];

describe('upcoming roadshows', () => {
  it('counts today as upcoming and yesterday as past, by the UK calendar', () => {
    expect(isUpcoming(fixtures[0]!, now)).toBe(false);
    expect(isUpcoming(fixtures[1]!, now)).toBe(true);
    // 23:30 UTC on 9 March is already 10 March in the UK in summer time, not in winter.
    expect(ukDay(new Date('2027-07-09T23:30:00Z'))).toBe('2027-07-10');
    expect(ukDay(new Date('2027-01-09T23:30:00Z'))).toBe('2027-01-09');
  });

  it('groups upcoming events by district in district order, soonest first, and leaves empty districts out', () => {
    const groups = upcomingByDistrict(fixtures, ['north-town', 'south-town', 'east-town'], now);
    expect(groups.map((g) => [g.district, g.events.map((e) => e.id)])).toEqual([
      ['north-town', ['soon-north', 'later-north']],
      ['south-town', ['today-early', 'today-late']],
    ]);
  });

  it('returns no groups when nothing is coming up', () => {
    expect(upcomingByDistrict([], ['north-town'], now)).toEqual([]);
    expect(upcomingByDistrict([fixtures[0]!], ['north-town'], now)).toEqual([]);
  });

  it('writes the day out in the reader’s language', () => {
    // British order (day before month) in English; the comma after the weekday varies between ICU versions.
    expect(eventDay(fixtures[3]!.date, 'en')).toMatch(/^Thursday,? 1 April 2027$/);
    expect(eventDay(fixtures[3]!.date, 'ur')).not.toMatch(/April|Thursday/);
  });
});

describe('event schema', () => {
  const fieldsOf = (data: object) => {
    const result = schema.safeParse({ id: 'x', venue: 'Hall', description: 'Talk.', ...data });
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.')).sort();
  };

  it('rejects an unknown district and an impossible date', () => {
    expect(fieldsOf({ date: '2027-02-30', district: 'west-town' })).toEqual(['date', 'district']);
  });

  it('rejects an end before the start, and an end without a start', () => {
    expect(fieldsOf({ date: '2027-03-01', district: 'east-town', starts: '15:00', ends: '14:00' })).toEqual(['ends']);
    expect(fieldsOf({ date: '2027-03-01', district: 'east-town', ends: '14:00' })).toEqual(['starts']);
    expect(fieldsOf({ date: '2027-03-01', district: 'east-town', starts: '10:00', ends: '14:00' })).toEqual([]);
  });
});

describe('the roadshow list', () => {
  const render = async (groups: Parameters<typeof RoadshowList>[0]['groups'], locale = 'en') => {
    const container = await AstroContainer.create();
    return container.renderToString(RoadshowList, { props: { locale, groups, textLang: 'en' } });
  };

  it('says plainly when there are no roadshows', async () => {
    const html = await render([]);
    expect(html).toContain('There are no roadshows planned at the moment.');
    expect(html).not.toContain('<section');
  });

  it('shows each district as a heading with its events, dates and times', async () => {
    const groups = upcomingByDistrict(fixtures, ['north-town', 'south-town'], now).map((g) => ({
      id: g.district,
      name: g.district === 'north-town' ? 'North Town' : 'South Town',
      events: g.events,
    }));
    const html = await render(groups);
    expect(html).not.toContain('There are no roadshows');
    expect([...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(['North Town', 'South Town']);
    expect([...html.matchAll(/data-event="([^"]+)"/g)].map((m) => m[1])).toEqual(['soon-north', 'later-north', 'today-early', 'today-late']);
    expect(html).toMatch(/<time datetime="2027-03-20">Saturday,? 20 March 2027<\/time>/);
    expect(html).toContain('<bdi class="ltr">14:00</bdi> to <bdi class="ltr">16:00</bdi>');
    expect(html).toContain('from <bdi class="ltr">10:00</bdi>');
    expect(html).toContain('Venue later-north');
    expect(html).not.toContain('Venue past');
  });

  it('uses the reader’s language for its own words', async () => {
    const html = await render([], 'ur');
    expect(html).not.toContain('There are no roadshows');
    expect(html).toContain('روڈ شو');
  });
});
