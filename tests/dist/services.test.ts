// Static tier: what every service page in every locale promises from the content: schema.org
// JSON-LD that matches it, when it was last checked, how to report a problem, and an honest note
// where the service is not translated. Expectations come from content/, never from a list here.
import { describe, expect, it } from 'vitest';
import { monthYear } from '../../src/lib/dates.ts';
import { ageLimits } from '../../src/lib/eligibility.ts';
import { nationalDigits } from '../../src/lib/body-numbers.ts';
import { RELAY_PREFIX } from '../../src/lib/contact.ts';
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
        const limits = s.ages && s.ages.group !== 'everyone' ? ageLimits(s.ages) : { min: 0, max: Infinity };
        if ((ld.audience?.suggestedMinAge ?? 0) !== limits.min || (ld.audience?.suggestedMaxAge ?? Infinity) !== limits.max) say('ages differ from the content');
        // Unknown is never emitted: no languages or cost unless a source gives them.
        if (!s.languages?.spoken.length && ld.availableChannel?.availableLanguage !== undefined) say('languages emitted though not confirmed');
        if (s.languages?.spoken.length && JSON.stringify(ld.availableChannel?.availableLanguage) !== JSON.stringify(s.languages.spoken)) say('languages differ from the content');
        const phones = [ld.availableChannel?.servicePhone ?? []].flat().map((x: { telephone: string }) => x.telephone);
        if (JSON.stringify(phones) !== JSON.stringify(s.contact.phones.map((x) => x.e164))) say(`phones ${phones.join(' ')}`);
        if (Boolean(s.hours) !== Boolean(ld.hoursAvailable)) say('opening hours differ from the content');
        if (ld.isAccessibleForFree !== s.cost?.free) say('cost differs from the content');
      }
    }
    expect(problems).toEqual([]);
    // Other pages carry none.
    expect(readPages().filter((p) => !/\/services\/[^/]+\/$/.test(p.path) && p.html.includes('application/ld+json')).map((p) => p.path)).toEqual([]);
  });

  it('shows "not confirmed" for ages, languages and cost no source gives, never "Any age", "English" or "Free"; and only sourced numbers', () => {
    const problems: string[] = [];
    const emergency = Object.entries(area.emergency).filter(([k]) => k !== 'sources').map(([, v]) => nationalDigits(v as string));
    for (const l of locales) {
      const unknown = t(l.code, 'service.unknown');
      // What each fact would wrongly say if unknown were filled in, in this language.
      const guesses: Record<string, string[]> = {
        ages: [t(l.code, 'service.ages.any')],
        languages: [new Intl.DisplayNames([l.code], { type: 'language' }).of('en')!],
        cost: [t(l.code, 'service.free')],
      };
      for (const s of services) {
        const p = page(`/${l.code}/services/${s.id}/`);
        for (const fact of ['ages', 'languages', 'cost'] as const) {
          const cell = p.doc.querySelector(`main dd[data-fact="${fact}"]`);
          if (!cell) {
            problems.push(`${p.path}: no ${fact} row`);
            continue;
          }
          const shown = text(cell);
          if (s[fact] === undefined) {
            if (shown !== unknown) problems.push(`${p.path}: ${fact} is unknown but shows "${shown}"`);
            for (const g of guesses[fact]!) if (shown.includes(g)) problems.push(`${p.path}: ${fact} is unknown but says "${g}"`);
          } else if (shown === unknown) {
            problems.push(`${p.path}: ${fact} has a source but shows "${unknown}"`);
          }
        }
        // "You do not need to report" only where a source says so.
        if (text(p.doc.querySelector('main')).includes(t(l.code, 'service.noPoliceReport')) !== (s.policeReport?.needed === false)) {
          problems.push(`${p.path}: "no police report needed" shown ${s.policeReport?.needed === false ? 'not ' : ''}as the content says`);
        }
        // Every number the page links to is one of the service's sourced numbers, or an emergency number.
        const sourced = new Set([...emergency, ...s.contact.phones.filter((x) => x.from.length > 0).map((x) => nationalDigits(x.e164))]);
        const header = new Set(p.doc.querySelectorAll('header a[href^="tel:"], header a[href^="sms:"], footer a[href^="tel:"], footer a[href^="sms:"]').map((a) => a.getAttribute('href')));
        for (const a of p.doc.querySelectorAll('main a[href^="tel:"], main a[href^="sms:"]')) {
          const href = a.getAttribute('href')!;
          if (header.has(href)) continue;
          const digits = nationalDigits(decodeURIComponent(href.replace(/^(tel|sms):/, '').split('?')[0]!));
          // A Relay UK link is the prefix and the service's own number.
          const relayed = digits.startsWith(RELAY_PREFIX) && sourced.has(digits.slice(RELAY_PREFIX.length));
          if (!sourced.has(digits) && !relayed) problems.push(`${p.path}: ${href} is not a sourced number of this service`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('says "this translation may be out of date" exactly where the English changed since it was translated', () => {
    const problems: string[] = [];
    for (const l of locales) {
      if (l === defaultLocale) continue;
      const outdated = content.translations[l.code]?.outdated ?? [];
      const pages = content.pages.filter((id) => id.startsWith(`${defaultLocale.code}/`)).map((id) => `pages/${id.slice(defaultLocale.code.length + 1)}`);
      for (const item of [...services.map((s) => `services/${s.id}`), ...pages]) {
        const path = `/${l.code}/${item.replace(/^pages\//, 'information/')}/`;
        const shown = page(path).doc.querySelector('#outdated-notice');
        if (Boolean(shown) !== outdated.includes(item)) problems.push(`${path}: ${shown ? 'says' : 'does not say'} it may be out of date`);
        if (shown && text(shown) !== t(l.code, 'notice.outdated')) problems.push(`${path}: notice "${text(shown)}"`);
      }
    }
    expect(problems).toEqual([]);
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
