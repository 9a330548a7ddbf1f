// Static tier: the directory as a spreadsheet (dist/directory.csv) for professionals: one row per
// service with the expected columns, "Not confirmed" where no source gives a fact, and a link to it
// on the services page in every language.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, NOT_CONFIRMED } from '../../src/lib/directory-csv.ts';
import { area, locales, services } from '../support/content.ts';
import { page } from '../support/dist.ts';

const text = readFileSync('dist/directory.csv', 'utf8');
const rows = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;

describe('the directory as a spreadsheet', () => {
  it('has one row per service, with the columns a spreadsheet user expects', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r['Page on this site'])).toEqual(services.map((s) => new URL(`/${area.defaultLocale}/services/${s.id}/`, area.siteUrl).href));
  });

  it('says "Not confirmed" where no source gives ages, languages, cost or the police report, and gives every sourced number', () => {
    const problems: string[] = [];
    services.forEach((s, i) => {
      const r = rows[i]!;
      if ((r.Ages === NOT_CONFIRMED) !== !s.ages) problems.push(`${s.id}: Ages "${r.Ages}"`);
      if ((r.Languages === NOT_CONFIRMED) !== !s.languages) problems.push(`${s.id}: Languages "${r.Languages}"`);
      if ((r.Cost === NOT_CONFIRMED) !== !s.cost) problems.push(`${s.id}: Cost "${r.Cost}"`);
      if ((r['Police report needed'] === NOT_CONFIRMED) !== !s.policeReport) problems.push(`${s.id}: police report "${r['Police report needed']}"`);
      for (const p of s.contact.phones) if (!`${r.Phone}\n${r.Text}`.includes(p.display)) problems.push(`${s.id}: no ${p.display}`);
      if (r['Last checked'] !== s.lastChecked.toISOString().slice(0, 10)) problems.push(`${s.id}: last checked`);
    });
    expect(problems).toEqual([]);
  });

  it('is linked from the services page in every language', () => {
    for (const l of locales) expect(page(`/${l.code}/services/`).doc.querySelector('main a[href="/directory.csv"]'), l.code).not.toBeNull();
  });
});
