// Lancashire's own content, checked against shared/facts/areas/lancashire.yaml (the report of issue
// 15): which local services are published, what is withheld, and that the front door for victims,
// whose number no current source confirms, sends people to the Commissioner's page and says why.
// Runs with SIGNPOST_AREA=lancashire (npm test includes the built area's tests).
import { describe, expect, it } from 'vitest';
import { content } from '../../../../tests/support/content.ts';
import { expectCheckedOn, expectWithheld, localServices } from '../../../../tests/support/area-content.ts';
import { page, text } from '../../../../tests/support/dist.ts';

const local = localServices;

const EXPECTED_LOCAL = [
  'lancashire-constabulary',
  'lancashire-hate-crime-reporting',
  'lancashire-refuges',
  'lancashire-restorative-justice',
  'lancashire-safe-centre',
  'lancashire-tackling-asb',
  'lancashire-victim-services',
  'lancaster-asb-case-review',
  'nest-lancashire',
  'victim-care-lancashire',
  'wish-centre-blackburn',
];

/** Numbers the facts file marks as old, single-source, garbled or changed: never published. */
const WITHHELD = ['0300 323 0085', '0300 303 3581', '01254 260465', '01253 596699', '01282 726000', '01282 619192', '01772 412545', '01253 347119'];

describe('Lancashire content', () => {
  it('is valid, for the twelve districts plus Blackburn with Darwen and Blackpool', () => {
    expect(content.problems).toEqual([]);
    expect(content.districts).toHaveLength(14);
    expect(content.districts.map((d) => d.id)).toEqual(expect.arrayContaining(['blackburn-with-darwen', 'blackpool']));
  });

  it('publishes the local services the facts support, and no other', () => {
    expect(local.map((s) => s.id).sort()).toEqual(EXPECTED_LOCAL);
  });

  it('each local service was checked on the day the facts were compiled, with its sources', () => expectCheckedOn('2026-12-05'));

  it('withholds the numbers the facts do not confirm, and no content file gives one', () => expectWithheld(WITHHELD));

  it('the SAFE Centre gives both numbers its NHS trust publishes', () => {
    expect(local.find((s) => s.id === 'lancashire-safe-centre')!.contact.phones.map((p) => p.number).sort()).toEqual(['01772 523344', '01772 716565']);
  });

  it("Lancashire Victim Services has no number: it links to the Commissioner's victims page and says why", () => {
    const lvs = local.find((s) => s.id === 'lancashire-victim-services')!;
    expect(lvs.contact.phones).toEqual([]);
    expect(lvs.contact.website).toBe('https://www.lancashire-pcc.gov.uk/?p=18534');
    const built = page('/en/services/lancashire-victim-services/');
    expect(text(built.doc.querySelector('main'))).toMatch(/could not confirm/i);
    expect(built.doc.querySelector('main a[href="https://www.lancashire-pcc.gov.uk/?p=18534"]')).not.toBeNull();
  });
});
