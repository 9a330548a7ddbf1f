// Static tier: what every service page in every locale promises from the content: schema.org
// JSON-LD that matches it, when it was last checked, how to report a problem, and an honest note
// where the service is not translated. Expectations come from content/, never from a list here.
import { describe, expect, it } from 'vitest';
import { monthYear } from '../../src/lib/dates.ts';
import { area, content, defaultLocale, locales, services } from '../support/content.ts';
import { page, readPages, text } from '../support/dist.ts';
import { t } from '../support/strings.ts';

const translatedIn = (code: string, id: string) => code === defaultLocale.code || id in (content.translations[code]?.services ?? {});

describe('every service page, in every locale', () => {
  it('is built', () => {
    const built = new Set(readPages().map((p) => p.path));
    const missing = locales.flatMap((l) => services.map((s) => `/${l.code}/services/${s.id}/`)).filter((p) => !built.has(p));
    expect(missing).toEqual([]);
  });

  it('carries one schema.org Service in JSON-LD that matches the content', () => {
    const problems: string[] = [];
    for (const l of locales) {
      for (const s of services) {
        const p = page(`/${l.code}/services/${s.id}/`);
        const blocks = p.doc.querySelectorAll('script[type="application/ld+json"]');
        if (blocks.length !== 1) {
          problems.push(`${p.path}: ${blocks.length} JSON-LD blocks`);
          continue;
        }
        const ld = JSON.parse(blocks[0]!.rawText);
        const say = (what: string) => problems.push(`${p.path}: ${what}`);
        if (ld['@context'] !== 'https://schema.org' || ld['@type'] !== 'Service') say('not a schema.org Service');
        // The name is the service's name in this language: the one the page shows as its heading.
        if (ld.name !== text(p.doc.querySelector('main h1'))) say(`name "${ld.name}" is not the heading`);
        if (l === defaultLocale && ld.name !== s.name) say(`name "${ld.name}" is not "${s.name}"`);
        if (ld.url !== new URL(p.path, area.siteUrl).href) say(`url ${ld.url}`);
        if (ld.provider?.['@type'] !== 'Organization') say('no provider');
        if (!ld.areaServed) say('no areaServed');
        if (ld.audience?.['@type'] !== 'PeopleAudience') say('no audience');
        if (ld.audience?.suggestedMinAge !== s.minAge || ld.audience?.suggestedMaxAge !== s.maxAge) say('ages differ from the content');
        const phones = [ld.availableChannel?.servicePhone ?? []].flat().map((x: { telephone: string }) => x.telephone);
        if (JSON.stringify(phones) !== JSON.stringify(s.contact.phones.map((x) => x.e164))) say(`phones ${phones.join(' ')}`);
        if (Boolean(s.hours) !== Boolean(ld.hoursAvailable)) say('opening hours differ from the content');
        if (ld.isAccessibleForFree !== s.free) say('cost differs from the content');
      }
    }
    expect(problems).toEqual([]);
    // Other pages carry none.
    expect(readPages().filter((p) => !/\/services\/[^/]+\/$/.test(p.path) && p.html.includes('application/ld+json')).map((p) => p.path)).toEqual([]);
  });

  it('says when it was last checked, in the reader’s language and calendar, and how to report a problem', () => {
    const problems: string[] = [];
    for (const l of locales) {
      for (const s of services) {
        const p = page(`/${l.code}/services/${s.id}/`);
        const main = text(p.doc.querySelector('main'));
        const checked = t(l.code, 'service.lastChecked', { date: monthYear(s.lastChecked, l.code) });
        if (!main.includes(checked)) problems.push(`${p.path}: no "${checked}"`);
        const report = p.doc.querySelectorAll('main a[href^="mailto:"]').find((a) => text(a) === t(l.code, 'service.reportProblem'));
        if (!report?.getAttribute('href')?.startsWith(`mailto:${area.correctionsEmail}?`)) problems.push(`${p.path}: no "report a problem" link to ${area.correctionsEmail}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows English, marked as English, with a notice, exactly where the service has no translation', () => {
    const problems: string[] = [];
    for (const l of locales) {
      for (const s of services) {
        const p = page(`/${l.code}/services/${s.id}/`);
        const notice = text(p.doc.querySelector('main')).includes(t(l.code, 'notice.untranslated'));
        const body = p.doc.querySelector('main .prose-body');
        if (translatedIn(l.code, s.id)) {
          if (notice) problems.push(`${p.path}: says it is untranslated`);
          if (l !== defaultLocale && body?.getAttribute('lang') === defaultLocale.code) problems.push(`${p.path}: translated text marked as ${defaultLocale.code}`);
        } else {
          if (!notice) problems.push(`${p.path}: no untranslated notice`);
          if (body?.getAttribute('lang') !== defaultLocale.code || body?.getAttribute('dir') !== defaultLocale.dir) problems.push(`${p.path}: English text not marked lang/dir`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

it('every page of a language no native speaker has reviewed says so, and no page of a reviewed one does', () => {
  const problems: string[] = [];
  for (const p of readPages().filter((x) => x.locale)) {
    const notice = p.doc.querySelector('#translation-notice');
    if (!p.locale!.reviewed && text(notice) !== t(p.locale!.code, 'notice.unreviewed')) problems.push(`${p.path}: no unreviewed notice`);
    if (p.locale!.reviewed && notice) problems.push(`${p.path}: an unreviewed notice`);
  }
  expect(problems).toEqual([]);
});

it('every home page leads to the questions, and names every language in itself', () => {
  for (const l of locales) {
    const home = page(`/${l.code}/`);
    const cta = home.doc.querySelector('[data-find-help-cta] a');
    expect(cta?.getAttribute('href'), l.code).toBe(`/${l.code}/find-help/`);
    expect(text(cta), l.code).toBe(t(l.code, 'questionnaire.cta'));
    for (const other of locales) {
      const link = home.doc.querySelector(`nav a[hreflang="${other.code}"]`);
      expect(text(link), `${l.code} -> ${other.code}`).toBe(other.name);
      expect(link?.getAttribute('lang')).toBe(other.code);
    }
  }
});
