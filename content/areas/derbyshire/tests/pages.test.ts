// This area's own information pages, read from the build: the wording that the law and the
// sources require (the Victims' Code rights, emergency numbers, what the quick exit cannot do).
// Another area replaces these with its own; the code's tests (tests/unit, tests/dist, tests/e2e)
// run unchanged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../../src/lib/content-files.ts';
import { page, text } from '../../../../tests/support/dist.ts';
import { pageFile } from '../../../../tests/support/content.ts';
import { REQUIRED_PAGES } from './required-pages.ts';

const straight = (s: string) => s.replace(/[\u2018\u2019]/g, "'");

describe('information pages', () => {
  it.each(REQUIRED_PAGES)('/en/information/%s/ is built with its title', (slug) => {
    const { data } = splitFrontmatter(readFileSync(pageFile(`en/${slug}`), 'utf8'))! as { data: { title: string } };
    expect(text(page(`/en/information/${slug}/`).doc.querySelector('h1'))).toBe(data.title);
  });

  it('the rights page lists all 12 rights of the Victims’ Code', () => {
    const doc = page('/en/information/victims-code-rights/').doc;
    const heading = doc.querySelectorAll('h2').find((h) => text(h).includes('The 12 rights'))!;
    const list = heading.nextElementSibling!;
    expect(list.tagName).toBe('OL');
    const rights = list.querySelectorAll(':scope > li').map((li) => straight(text(li.querySelector('strong'))));
    expect(rights).toHaveLength(12);
    const starts = [
      'To be able to understand and to be understood',
      'To have the details of the crime recorded without unjustified delay',
      'To be given information when you report the crime',
      'To be referred to support services',
      'To be given information about compensation',
      'To be given information about the investigation and prosecution',
      'To make a Victim Personal Statement',
      'To be given information about the trial',
      'To be given information about the outcome of the case and any appeals',
      'To be paid expenses and have your property returned',
      'To be given information about the offender',
      'To make a complaint',
    ];
    starts.forEach((start, i) => expect(rights[i], `right ${i + 1}`).toContain(start));
  });

  it('the rights page names every group with enhanced rights', () => {
    const doc = page('/en/information/victims-code-rights/').doc;
    const groups = doc.querySelectorAll('h3').map((h) => straight(text(h)));
    expect(groups).toEqual(['1. Victims of the most serious crimes', '2. Persistently targeted victims', '3. Vulnerable or intimidated victims']);
    const serious = text(doc.querySelectorAll('h3').find((h) => text(h).includes('most serious crimes'))!.nextElementSibling);
    for (const crime of [
      'bereaved',
      'domestic abuse',
      'hate crime',
      'terrorism',
      'sexual offences',
      'human trafficking',
      'modern slavery',
      'attempted murder',
      'kidnap',
      'false imprisonment',
      'arson with intent to endanger life',
      'grievous bodily harm (GBH) with intent',
    ]) {
      expect(serious).toContain(crime);
    }
    const main = text(doc.querySelector('main'));
    expect(main).toContain('vulnerable');
    expect(main).toContain('intimidated');
  });

  it('the emergencies page gives 999, the Silent Solution, 101, text relay and emergency SMS', () => {
    const main = text(page('/en/information/emergencies/').doc.querySelector('main'));
    for (const words of ['999', 'press 55', '101', '18001 101', 'REGISTER']) expect(main).toContain(words);
  });

  // The sources (area.yaml, shared/facts updates-2026-12 silent_solution): callers
  // are asked to cough, tap or whisper if they can; 55 on a mobile only, when asked; 55 does not
  // give the caller's location; a landline works differently. "Stay silent" alone is what to avoid.
  it('the Silent Solution is given as the sources give it, on the emergencies page and in the strip on every page', () => {
    const main = text(page('/en/information/emergencies/').doc.querySelector('main'));
    for (const words of ['coughing or tapping', 'Whispering', 'mobile phone', 'does not tell the police where you are', 'landline']) expect(main).toContain(words);
    const strip = text(page('/en/').doc.querySelector('[aria-labelledby="emergency-heading"]'));
    expect(strip).toMatch(/cough or tap/);
    expect(strip).toMatch(/does not tell the police where you are/);
    expect(strip).not.toMatch(/stay silent/i);
  });

  it('the online safety page says the quick exit cannot delete browser history', () => {
    const main = text(page('/en/information/staying-safe-online/').doc.querySelector('main'));
    expect(main).toContain('cannot delete your browser history');
    expect(main).toContain('private');
  });
});
