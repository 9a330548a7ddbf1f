import { describe, expect, it } from 'vitest';
import { phoneAction } from '../../src/lib/contact.ts';
import { isOpenAt, weekTable } from '../../src/lib/hours.ts';
import { monthsBetween, monthYear } from '../../src/lib/dates.ts';
import { hoursSchema } from '../../src/schemas/hours.ts';
import { parseUkNumber, phoneSchema } from '../../src/schemas/phone.ts';

describe('UK phone numbers', () => {
  it.each([
    ['0808 157 0247', '+448081570247', '0808 157 0247'],
    ['08 08 15 70 111', '+448081570111', '0808 157 0111'],
    ['07534 617252', '+447534617252', '07534 617252'],
    ['01629 533190', '+441629533190', '01629 533190'],
    ['020 7946 0018', '+442079460018', '020 7946 0018'],
  ])('normalises %s to E.164 and the usual UK grouping', (raw, e164, display) => {
    expect(parseUkNumber(raw)).toEqual({ e164, display });
  });

  it.each(['0800 123', '12345', '0808 157 0247 9', 'call us'])('rejects %s', (raw) => {
    expect(parseUkNumber(raw)).toBeNull();
  });

  it('keeps short codes only when marked short', () => {
    expect(parseUkNumber('82228')).toBeNull();
    expect(parseUkNumber('82228', true)).toEqual({ e164: '82228', display: '82228' });
  });

  it('rejects an unknown field, such as half a label split off by an unquoted comma in YAML', () => {
    const result = phoneSchema.safeParse({ number: '0808 157 0247', label: 'Text line', from: ['page'], 'also for deaf people': null });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/also for deaf people/);
  });

  it('names the sources that show a number, and says when only professionals may use it', () => {
    const missing = phoneSchema.safeParse({ number: '0808 157 0247' });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['from: say where this comes from: from: [id], an id from the sources list']);
    expect(phoneSchema.safeParse({ number: '0808 157 0247', from: [] }).success).toBe(false);
    const phone = phoneSchema.parse({ number: '0808 157 0247', from: ['page'] });
    expect(phone).toMatchObject({ from: ['page'], professionalsOnly: false });
    expect(phoneSchema.parse({ number: '0808 157 0247', professionalsOnly: true, from: ['page'] }).professionalsOnly).toBe(true);
  });

  it('makes tel:, sms: and relay links', () => {
    const voice = phoneSchema.parse({ number: '0808 157 0247', from: ['page'] });
    expect(phoneAction(voice)).toEqual({ href: 'tel:+448081570247', number: '0808 157 0247', key: 'service.phone.voice' });
    const text = phoneSchema.parse({ number: '82228', kind: 'text', short: true, message: 'DVS', from: ['page'] });
    expect(phoneAction(text)).toEqual({ href: 'sms:82228?body=DVS', number: '82228', key: 'service.phone.textMessage' });
    const relay = phoneSchema.parse({ number: '0800 138 1625', kind: 'relay', from: ['page'] });
    expect(phoneAction(relay)).toEqual({ href: 'tel:1800108001381625', number: '18001 0800 138 1625', key: 'service.phone.relay' });
  });
});

describe('opening hours', () => {
  const weekdays = hoursSchema.parse({ weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '19:00' }], from: ['page'] });

  it('is open inside the hours in UK winter time (GMT) and closed outside', () => {
    expect(isOpenAt(weekdays, new Date('2026-11-23T08:00:00Z'))).toBe(true); // Monday 08:00 GMT
    expect(isOpenAt(weekdays, new Date('2026-11-23T07:59:00Z'))).toBe(false);
    expect(isOpenAt(weekdays, new Date('2026-11-23T19:00:00Z'))).toBe(false);
    expect(isOpenAt(weekdays, new Date('2026-11-21T12:00:00Z'))).toBe(false); // Saturday
  });

  it('follows British Summer Time', () => {
    // Monday 15 June 2026, 07:30 UTC is 08:30 in London (BST).
    expect(isOpenAt(weekdays, new Date('2026-06-15T07:30:00Z'))).toBe(true);
    // 18:30 UTC is 19:30 BST: closed.
    expect(isOpenAt(weekdays, new Date('2026-06-15T18:30:00Z'))).toBe(false);
  });

  it('knows 24/7 services and does not guess unknown hours', () => {
    expect(isOpenAt(hoursSchema.parse({ alwaysOpen: true, from: ['page'] }), new Date('2026-12-25T03:00:00Z'))).toBe(true);
    expect(isOpenAt(undefined, new Date())).toBeUndefined();
  });

  it('lays the week out Monday first with closed days empty', () => {
    const table = weekTable(weekdays);
    expect(table.map((d) => d.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(table[0]!.ranges).toEqual([['08:00', '19:00']]);
    expect(table[6]!.ranges).toEqual([]);
  });

  it('rejects hours that are both 24/7 and weekly, or closing before opening', () => {
    const both = hoursSchema.safeParse({ alwaysOpen: true, weekly: weekdays.weekly, from: ['page'] });
    expect(both.success).toBe(false);
    expect(both.error!.issues.map((i) => i.message)).toEqual(['give either alwaysOpen: true or a weekly list of openings, not both and not neither']);
    const backwards = hoursSchema.safeParse({ weekly: [{ days: ['mon'], opens: '17:00', closes: '09:00' }], from: ['page'] });
    expect(backwards.success).toBe(false);
    expect(backwards.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['weekly.0.closes: closes must be later than opens']);
  });

  it('names the sources that show the hours, and nothing the structure does not know', () => {
    const missing = hoursSchema.safeParse({ alwaysOpen: true });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((i) => i.path.join('.'))).toEqual(['from']);
    expect(hoursSchema.safeParse({ alwaysOpen: true, from: ['page'], open: 'weekdays' }).success).toBe(false);
  });
});

describe('dates', () => {
  it('writes month and year in the reader language', () => {
    expect(monthYear(new Date('2026-11-21T00:00:00Z'), 'en')).toBe('November 2026');
    expect(monthYear(new Date('2026-11-21T00:00:00Z'), 'pl')).toMatch(/listopad 2026/);
  });

  it('counts whole months', () => {
    expect(monthsBetween(new Date('2025-11-21'), new Date('2026-11-21'))).toBe(12);
    expect(monthsBetween(new Date('2025-11-22'), new Date('2026-11-21'))).toBe(11);
  });
});
