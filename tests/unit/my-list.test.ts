import { describe, expect, it } from 'vitest';
import { segments, segmentsHtml } from '../../src/components/service-summary.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { dayRuns } from '../../src/lib/hours.ts';
import { LIST_KEY, listText, parseList, readList, toggleId, writeList, type ListEntry } from '../../src/lib/my-list.ts';
import { jsonForScript, serviceJsonLd } from '../../src/lib/structured-data.ts';
import { hoursSchema } from '../../src/schemas/hours.ts';
import { serviceSchema } from '../../src/schemas/service.ts';

/** A Map-backed stand-in for sessionStorage. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('my list (sessionStorage only)', () => {
  it('keeps ids under the one documented key, in the order added', () => {
    const storage = memoryStorage();
    let ids = readList(storage);
    ids = toggleId(ids, 'b');
    ids = toggleId(ids, 'a');
    expect(writeList(storage, ids)).toBe(true);
    expect([...storage.map.keys()]).toEqual([LIST_KEY]);
    expect(readList(storage)).toEqual(['b', 'a']);
    writeList(storage, toggleId(readList(storage), 'b'));
    expect(readList(storage)).toEqual(['a']);
  });

  it('removes the key altogether when the list is emptied', () => {
    const storage = memoryStorage();
    writeList(storage, ['a']);
    writeList(storage, []);
    expect(storage.map.size).toBe(0);
  });

  it.each([
    [null, []],
    ['not json', []],
    ['{"a":1}', []],
    ['["ok-id","ok-id","<script>",3,"also-ok"]', ['ok-id', 'also-ok']],
  ] as const)('reads %j safely as %j', (raw, expected) => {
    expect(parseList(raw)).toEqual(expected);
  });

  it('survives storage that refuses (private browsing)', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readList(refusing)).toEqual([]);
    expect(writeList(refusing, ['a'])).toBe(false);
    expect(writeList(null, ['a'])).toBe(false);
  });

  it('copies the list as plain text for a letter or an email', () => {
    const entry: ListEntry = {
      id: 'x',
      path: '/en/services/x/',
      name: 'Example Line',
      organisation: 'Example Charity',
      summary: 'Helps people.',
      text: {},
      contacts: [
        { href: 'tel:+448081570111', text: 'Call 0808 157 0111', ltr: '0808 157 0111' },
        { href: 'mailto:a@example.org', text: 'Email a@example.org', ltr: 'a@example.org' },
      ],
      website: 'https://example.org/',
      hours: [
        { days: 'Monday to Friday', times: '09:00–17:00' },
        { days: 'Saturday', times: '10:00–12:00' },
      ],
      lastChecked: 'Last checked: November 2026',
    };
    const text = listText([entry, { ...entry, id: 'y', name: 'Second', organisation: undefined, website: undefined, hours: [{ days: 'Open 24 hours' }] }], {
      heading: 'Support services',
      hours: 'Hours',
      website: 'Website',
    });
    expect(text).toBe(
      [
        'Support services',
        '',
        'Example Line',
        'Example Charity',
        'Helps people.',
        'Call 0808 157 0111',
        'Email a@example.org',
        'Website: https://example.org/',
        'Hours: Monday to Friday: 09:00–17:00; Saturday: 10:00–12:00',
        'Last checked: November 2026',
        '',
        'Second',
        'Helps people.',
        'Call 0808 157 0111',
        'Email a@example.org',
        'Hours: Open 24 hours',
        'Last checked: November 2026',
        '',
      ].join('\n'),
    );
  });
});

describe('hours in short', () => {
  it('joins consecutive days with the same hours', () => {
    const hours = hoursSchema.parse({
      weekly: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' },
        { days: ['wed'], opens: '18:00', closes: '20:00' },
        { days: ['sat'], opens: '10:00', closes: '12:00' },
      ],
      from: ['page'],
    });
    expect(dayRuns(hours)).toEqual([
      { from: 'mon', to: 'tue', ranges: [['09:00', '17:00']] },
      { from: 'wed', to: 'wed', ranges: [['09:00', '17:00'], ['18:00', '20:00']] },
      { from: 'thu', to: 'fri', ranges: [['09:00', '17:00']] },
      { from: 'sat', to: 'sat', ranges: [['10:00', '12:00']] },
    ]);
  });

  it('does not join days across a closed day', () => {
    const hours = hoursSchema.parse({ weekly: [{ days: ['mon', 'wed'], opens: '09:00', closes: '17:00' }], from: ['page'] });
    expect(dayRuns(hours).map((r) => [r.from, r.to])).toEqual([
      ['mon', 'mon'],
      ['wed', 'wed'],
    ]);
  });
});

describe('phone labels', () => {
  it('keeps numbers and messages apart from the translated words, in any language', () => {
    const en = segments(useTranslations('en'), 'service.phone.textMessage', { number: '82228', message: 'DVS' });
    expect(en).toEqual(['Text ', { slot: 'message', text: 'DVS' }, ' to ', { slot: 'number', text: '82228' }]);
    const ur = segments(useTranslations('ur'), 'service.phone.voice', { number: '0808 157 0111' });
    expect(ur).toContainEqual({ slot: 'number', text: '0808 157 0111' });
    expect(segmentsHtml(['Call ', { slot: 'number', text: '<1>' }])).toBe('Call <bdi class="ltr">&lt;1&gt;</bdi>');
  });
});

describe('schema.org JSON-LD', () => {
  const service = serviceSchema.parse({
    name: 'Example Line',
    organisation: 'Example Charity',
    summary: 'Helps people.',
    crimeTypes: ['burglary'],
    areasServed: ['north', 'south'],
    ages: { min: 18, from: ['page'] },
    contact: {
      phones: [
        { number: '0808 157 0111', from: ['page'] },
        { number: '07400 123456', kind: 'text', label: 'Text line', from: ['page'] },
      ],
      email: { address: 'help@example.org', from: ['page'] },
      website: 'https://example.org/',
    },
    hours: { weekly: [{ days: ['mon', 'tue'], opens: '09:00', closes: '24:00' }], from: ['page'] },
    cost: { free: true, from: ['page'] },
    languages: { spoken: ['en', 'pl'], from: ['page'] },
    lastChecked: '2026-11-21',
    sources: [{ id: 'page', url: 'https://example.org/' }],
  });
  const ctx = {
    url: 'https://site.example/en/services/example/',
    areaName: 'Example County',
    districtNames: { north: 'North Town', south: 'South Town' },
    serviceType: 'Support for victims of crime',
    audienceType: 'People affected by: Burglary',
  };

  it('describes the service, its provider, areas, audience, hours and channels', () => {
    const ld = serviceJsonLd(service, ctx);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Service',
      name: 'Example Line',
      provider: { '@type': 'Organization', name: 'Example Charity', url: 'https://example.org/', email: 'help@example.org' },
      areaServed: [
        { '@type': 'AdministrativeArea', name: 'North Town' },
        { '@type': 'AdministrativeArea', name: 'South Town' },
      ],
      audience: { '@type': 'PeopleAudience', audienceType: 'People affected by: Burglary', suggestedMinAge: 18, requiredMinAge: 18 },
      hoursAvailable: { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'], opens: '09:00', closes: '23:59' },
      availableChannel: {
        '@type': 'ServiceChannel',
        availableLanguage: ['en', 'pl'],
        serviceUrl: 'https://example.org/',
        servicePhone: [
          { '@type': 'ContactPoint', telephone: '+448081570111', contactType: 'voice' },
          { '@type': 'ContactPoint', telephone: '+447400123456', contactType: 'Text line' },
        ],
      },
      isAccessibleForFree: true,
    });
  });

  it('says a national service serves this area, and 24-hour services every day', () => {
    const national = serviceSchema.parse({ ...service, areasServed: ['national'], hours: { alwaysOpen: true, from: ['page'] }, lastChecked: '2026-11-21' });
    const ld = serviceJsonLd(national, ctx);
    expect(ld.areaServed).toEqual({ '@type': 'AdministrativeArea', name: 'Example County' });
    expect((ld.hoursAvailable as { dayOfWeek: string[] }).dayOfWeek).toHaveLength(7);
  });

  it('gives an age group as the ages it stands for: adults 18 and over, young people under 18', () => {
    const adults = serviceJsonLd(serviceSchema.parse({ ...service, ages: { group: 'adults', from: ['page'] }, lastChecked: '2026-11-21' }), ctx);
    expect(adults.audience).toEqual({ '@type': 'PeopleAudience', audienceType: ctx.audienceType, suggestedMinAge: 18, requiredMinAge: 18 });
    const young = serviceJsonLd(serviceSchema.parse({ ...service, ages: { group: 'young-people', from: ['page'] }, lastChecked: '2026-11-21' }), ctx);
    expect(young.audience).toEqual({ '@type': 'PeopleAudience', audienceType: ctx.audienceType, suggestedMaxAge: 17 });
    const everyone = serviceJsonLd(serviceSchema.parse({ ...service, ages: { group: 'everyone', from: ['page'] }, lastChecked: '2026-11-21' }), ctx);
    expect(everyone.audience).toEqual({ '@type': 'PeopleAudience', audienceType: ctx.audienceType });
  });

  it('leaves out what no source gives: ages, languages, cost; never a guess', () => {
    const { ages: _ages, languages: _languages, cost: _cost, ...rest } = service;
    const ld = serviceJsonLd(serviceSchema.parse({ ...rest, lastChecked: '2026-11-21' }), ctx);
    expect(ld.audience).toEqual({ '@type': 'PeopleAudience', audienceType: ctx.audienceType });
    expect(ld.availableChannel).not.toHaveProperty('availableLanguage');
    expect(ld).not.toHaveProperty('isAccessibleForFree');
    // A source that says it is not free is said too.
    const paid = serviceJsonLd(serviceSchema.parse({ ...service, cost: { free: false, from: ['page'] }, lastChecked: '2026-11-21' }), ctx);
    expect(paid.isAccessibleForFree).toBe(false);
  });

  it('cannot break out of its script element', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
