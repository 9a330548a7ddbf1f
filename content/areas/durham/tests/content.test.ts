// County Durham and Darlington's own content, checked against shared/facts/areas/durham.yaml (the
// report of issue 15): which local services are published, what is withheld, and that the main
// service, whose number no source confirms, sends people to the Commissioner's page and says why.
// Runs with SIGNPOST_AREA=durham (npm test includes the built area's tests).
import { describe, expect, it } from 'vitest';
import { content } from '../../../../tests/support/content.ts';
import { expectCheckedOn, expectWithheld, localServices } from '../../../../tests/support/area-content.ts';
import { page, text } from '../../../../tests/support/dist.ts';

const local = localServices;

const EXPECTED_LOCAL = [
  'darlington-family-help',
  'durham-community-peer-mentors',
  'durham-constabulary',
  'durham-harbour',
  'durham-hate-crime-reporting',
  'durham-meadows-sarc',
  'durham-restorative-hub',
  'durham-rsacc',
  'durham-victim-care-and-advice',
];

/** Numbers the facts file marks as old, single-source or conflicting: never published. */
const WITHHELD = ['01325 369933', '03333 448283', '0191 375 2933', '03000 202 525', '0800 111 555'];

describe('County Durham and Darlington content', () => {
  it('is valid, for the two council areas', () => {
    expect(content.problems).toEqual([]);
    expect(content.districts.map((d) => d.id)).toEqual(['county-durham', 'darlington']);
  });

  it('publishes the local services the facts support, and no other', () => {
    expect(local.map((s) => s.id).sort()).toEqual(EXPECTED_LOCAL);
  });

  it('shows every national service that covers England (none is excluded)', () => {
    expect(content.area!.nationalServices.exclude).toEqual([]);
    expect(content.services.filter((s) => s.areasServed.includes('national')).length).toBeGreaterThanOrEqual(15);
  });

  it('each local service was checked on the day the facts were compiled, with its sources', () => expectCheckedOn('2026-12-05'));

  it('withholds the numbers the facts do not confirm, and no content file gives one', () => expectWithheld(WITHHELD));

  it('the Victim Care and Advice Service has no number: it links to the Commissioner\'s victims page and says why', () => {
    const vcas = local.find((s) => s.id === 'durham-victim-care-and-advice')!;
    expect(vcas.contact.phones).toEqual([]);
    expect(vcas.contact.website).toBe('https://www.durham-pcc.gov.uk/victims-services/victims-services');
    expect(vcas.body).toMatch(/could not confirm a phone number/);
    const built = page('/en/services/durham-victim-care-and-advice/');
    expect(text(built.doc.querySelector('main'))).toContain('We could not confirm a phone number');
    expect(built.doc.querySelector('main a[href="https://www.durham-pcc.gov.uk/victims-services/victims-services"]')).not.toBeNull();
  });
});
