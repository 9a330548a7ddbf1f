// Checks each area's own content tests share (content/areas/<area>/tests/): its local services
// were checked on the day its facts were compiled, with sources, and no lead or conflicting number
// from its facts file is published.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { findNumbers } from '../../src/lib/withheld.ts';
import { NATIONAL } from '../../src/schemas/service.ts';
import { content, serviceFile } from './content.ts';

/** The area's own services (not the national ones it shows). */
export const localServices = content.services.filter((s) => !s.areasServed.includes(NATIONAL));

/** Every local service says it was checked on `day` (YYYY-MM-DD) and lists its sources. */
export function expectCheckedOn(day: string): void {
  for (const s of localServices) {
    expect(s.lastChecked?.toISOString().slice(0, 10), s.id).toBe(day);
    expect(s.sources.length, s.id).toBeGreaterThan(0);
  }
}

/** The withheld lists hold `numbers`, and no local service's file gives one in any spacing. */
export function expectWithheld(numbers: readonly string[]): void {
  expect(content.withheld.map((w) => w.number)).toEqual(expect.arrayContaining([...numbers]));
  for (const s of localServices) expect(findNumbers(readFileSync(serviceFile(s.id), 'utf8'), numbers.map((number) => ({ number }))), s.id).toEqual([]);
}
