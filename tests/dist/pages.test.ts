// Static tier: every built page, checked from its HTML alone (no browser). Each check lists every
// page that fails it, so one run shows the whole problem.
import { createHash } from 'node:crypto';
import { isValidPhoneNumber } from 'libphonenumber-js';
import { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { area, content, defaultLocale, locales } from '../support/content.ts';
import { t } from '../support/strings.ts';
import { readPages, text } from '../support/dist.ts';
import { inLocale } from '../support/site.ts';

const pages = readPages();
const site = new URL(area.siteUrl);
const localised = pages.filter((p) => p.locale);
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
/** The policy a page's <meta http-equiv="content-security-policy"> sets, by directive. */
function metaCsp(p: (typeof pages)[number]): Map<string, string[]> | undefined {
  const content = p.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
  if (content === undefined) return undefined;
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}
/** Checks every page, collecting "path: problem" lines. */
function everyPage(check: (p: (typeof pages)[number], problem: (what: string) => void) => void, among = pages): string[] {
  const problems: string[] = [];
  for (const p of among) check(p, (what) => problems.push(`${p.path}: ${what}`));
  return problems;
}

it('reads the whole build: every locale has pages of every kind the default locale has', () => {
  expect(pages.length).toBeGreaterThan(locales.length * 4);
  const kinds = (code: string) => new Set(localised.filter((p) => p.locale!.code === code).map((p) => p.kind));
  for (const l of locales) expect([...kinds(defaultLocale.code)].filter((k) => !kinds(l.code).has(k)), l.code).toEqual([]);
});

it('no questionnaire page has an address that names a crime type', () => {
  const ids = content.crimeTypes.map((c) => c.id);
  const named = pages.filter((p) => p.path.includes('/find-help/') && ids.some((id) => p.path.includes(id))).map((p) => p.path);
  expect(pages.filter((p) => p.path.includes('/find-help/results/')).length).toBeGreaterThan(ids.length);
  expect(named).toEqual([]);
});

it('every page of the default locale exists in every other locale', () => {
  const paths = new Set(pages.map((p) => p.path));
  const missing = localised
    .filter((p) => p.locale === defaultLocale)
    .flatMap((p) => locales.map((l) => inLocale(p.path, l.code)).filter((other) => !paths.has(other)));
  expect(missing).toEqual([]);
});

describe('every page', () => {
  it('says its language and writing direction on <html>', () => {
    expect(
      everyPage((p, problem) => {
        const locale = p.locale ?? defaultLocale;
        const html = p.doc.querySelector('html');
        if (html?.getAttribute('lang') !== locale.code) problem(`lang="${html?.getAttribute('lang')}", expected "${locale.code}"`);
        if (html?.getAttribute('dir') !== locale.dir) problem(`dir="${html?.getAttribute('dir')}", expected "${locale.dir}"`);
      }),
    ).toEqual([]);
  });

  it("carries its own Content-Security-Policy, naming no other host, with every inline script's and style's hash", () => {
    expect(
      everyPage((p, problem) => {
        const csp = metaCsp(p);
        if (!csp) return problem('no <meta http-equiv="content-security-policy">');
        if (csp.get('default-src')?.join(' ') !== "'self'") problem(`default-src is "${csp.get('default-src')?.join(' ')}"`);
        if (csp.get('object-src')?.join(' ') !== "'none'") problem("object-src is not 'none'");
        if (csp.get('base-uri')?.join(' ') !== "'self'") problem("base-uri is not 'self'");
        for (const [name, values] of csp) {
          for (const v of values) if (/^https?:|\*|^data:$/.test(v) && !(name === 'img-src' && v === 'data:')) problem(`${name} allows ${v}`);
          if (values.includes("'unsafe-inline'") || values.includes("'unsafe-eval'")) problem(`${name} allows ${values.join(' ')}`);
        }
        const scripts = csp.get('script-src') ?? [];
        for (const s of p.doc.querySelectorAll('script:not([src])')) {
          if (s.getAttribute('type') === 'application/ld+json') continue;
          if (!scripts.includes(sha256(s.rawText))) problem(`inline script without its hash in script-src: ${s.rawText.slice(0, 60)}`);
        }
        const styles = csp.get('style-src') ?? [];
        for (const s of p.doc.querySelectorAll('style')) if (!styles.includes(sha256(s.rawText))) problem(`inline <style> without its hash in style-src`);
        for (const e of p.doc.querySelectorAll('[style]')) problem(`style="" attribute (blocked by the CSP) on <${e.tagName.toLowerCase()}>`);
        for (const e of p.doc.querySelectorAll('*')) {
          for (const name of Object.keys(e.attributes)) if (/^on[a-z]+$/i.test(name)) problem(`inline event handler ${name} on <${e.tagName.toLowerCase()}>`);
        }
      }),
    ).toEqual([]);
  });

  it('sends no referrer', () => {
    expect(
      everyPage((p, problem) => {
        if (p.doc.querySelector('meta[name="referrer"]')?.getAttribute('content') !== 'no-referrer') problem('no <meta name="referrer" content="no-referrer">');
      }),
    ).toEqual([]);
  });

  it('has the quick exit: one link to the exit destination without a referrer, its live status, its script, and a skip link to main', () => {
    expect(
      everyPage((p, problem) => {
        if (p.path === '/') return; // the root only forwards to a language (tests/e2e/site.spec.ts)
        const exits = p.doc.querySelectorAll('a[data-quick-exit]');
        if (exits.length !== 1) return problem(`${exits.length} quick-exit links`);
        const exit = exits[0]!;
        if (exit.getAttribute('href') !== area.quickExit.url) problem(`quick exit goes to ${exit.getAttribute('href')}`);
        if (!/\bnoreferrer\b/.test(exit.getAttribute('rel') ?? '')) problem('quick exit without rel="noreferrer"');
        if (!text(exit)) problem('quick exit has no text');
        if (p.doc.querySelector('[data-quick-exit-status]')?.getAttribute('role') !== 'status') problem('no quick-exit status with role="status"');
        if (!p.doc.querySelector('[data-quick-exit-bar]')?.querySelector('a[data-quick-exit]')) problem('quick exit outside its bar');
        // The exit bar comes first in the page, before the header.
        const first = p.doc.querySelector('body')!.childNodes.find((n): n is HTMLElement => n instanceof HTMLElement && n.tagName !== 'SCRIPT');
        if (!first?.hasAttribute('data-quick-exit-bar')) problem('the exit bar is not the first thing on the page');
        const script = p.doc.querySelectorAll('script:not([src])').find((s) => s.rawText.includes('a[data-quick-exit]'));
        if (!script) problem('no quick-exit script');
        if (!p.doc.querySelector('a[href="#main"]') || !p.doc.querySelector('main#main')) problem('no skip link to <main id="main">');
      }),
    ).toEqual([]);
  });

  it('hides where the visitor came from on every link to another site', () => {
    expect(
      everyPage((p, problem) => {
        for (const a of p.doc.querySelectorAll('a[href]')) {
          const href = a.getAttribute('href')!;
          if (!/^https?:/i.test(href) || new URL(href).host === site.host) continue;
          if (!/\bnoreferrer\b/.test(a.getAttribute('rel') ?? '')) problem(`${href} without rel="noreferrer"`);
        }
      }),
    ).toEqual([]);
  });

  it('loads nothing from another host: no image, script, style, frame, font or form there', () => {
    const attributes: Array<[string, string]> = [
      ['img', 'src'],
      ['img', 'srcset'],
      ['source', 'src'],
      ['source', 'srcset'],
      ['script', 'src'],
      ['link', 'href'],
      ['iframe', 'src'],
      ['frame', 'src'],
      ['embed', 'src'],
      ['object', 'data'],
      ['audio', 'src'],
      ['video', 'src'],
      ['video', 'poster'],
      ['track', 'src'],
      ['input', 'src'],
      ['form', 'action'],
      ['use', 'href'],
      ['image', 'href'],
    ];
    expect(
      everyPage((p, problem) => {
        for (const [tag, name] of attributes) {
          for (const e of p.doc.querySelectorAll(`${tag}[${name}]`)) {
            // canonical and hreflang links name the site's own address; nothing is loaded from them.
            if (tag === 'link' && /^(canonical|alternate)$/.test(e.getAttribute('rel') ?? '')) continue;
            for (const url of e.getAttribute(name)!.split(',').map((u) => u.trim().split(/\s+/)[0]!)) {
              if (/^(https?:)?\/\//i.test(url) && new URL(url, site).host !== site.host) problem(`<${tag} ${name}="${url}">`);
              else if (/^https?:/i.test(url)) problem(`<${tag} ${name}="${url}"> (an absolute address: the site loads from its own origin)`);
            }
          }
        }
        for (const s of p.doc.querySelectorAll('style')) for (const [, url] of s.rawText.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")\s]+)/gi)) problem(`CSS url(${url})`);
        for (const s of p.doc.querySelectorAll('style')) if (/@import/i.test(s.rawText)) problem('CSS @import');
      }),
    ).toEqual([]);
  });

  // The tab, the history and bookmarks show the title: it says what the page is for, never what
  // it is about (no crime, no service), then the site's neutral name.
  it('has a title naming its purpose and the site, and no crime type or service', () => {
    const purposes: Array<[RegExp, string]> = [
      [/^\/$|^\/[^/]+\/$/, 'home'],
      [/^\/404$/, 'notFound'],
      [/\/find-help\//, 'findHelp'],
      [/\/services\/[^/]+\/$/, 'serviceDetails'],
      [/\/(services|crime-types\/[^/]+|districts\/[^/]+)\/$/, 'services'],
      [/\/information\//, 'information'],
      [/\/search\/$/, 'search'],
      [/\/my-list\/$/, 'list'],
      [/\/roadshows\/$/, 'events'],
      [/\/kiosk\/$/, 'staff'],
      [/\/without-signal\/$/, 'withoutSignal'],
    ];
    const names = [...content.crimeTypes, ...content.services].map((x) => x.name.toLowerCase());
    expect(
      everyPage((p, problem) => {
        const titles = p.doc.querySelectorAll('title');
        const code = p.locale?.code ?? defaultLocale.code;
        const purpose = purposes.find(([pattern]) => pattern.test(p.path))?.[1];
        if (!purpose) return problem('no purpose known for this kind of page: add it to this test');
        const expected = t(code, 'tabTitle.format', { purpose: t(code, `tabTitle.${purpose}`), site: area.siteName });
        if (titles.length !== 1 || text(titles[0]) !== expected) problem(`title "${titles.map(text).join('" "')}", expected "${expected}"`);
        const named = names.filter((n) => text(titles[0]).toLowerCase().includes(n));
        if (named.length) problem(`title names ${named.join(', ')}`);
      }),
    ).toEqual([]);
  });

  // Browsers put a form's answers back on Back (and after Exit then Back) unless told not to.
  it('has autocomplete="off" on every form', () => {
    expect(
      everyPage((p, problem) => {
        for (const form of p.doc.querySelectorAll('form')) if (form.getAttribute('autocomplete') !== 'off') problem(`<form ${form.rawAttrs}> keeps answers`);
      }),
    ).toEqual([]);
  });

  it('has one <h1> and one <main>, and no id twice', () => {
    expect(
      everyPage((p, problem) => {
        if (p.path === '/') return;
        if (p.doc.querySelectorAll('main').length !== 1) problem(`${p.doc.querySelectorAll('main').length} <main>`);
        if (p.doc.querySelectorAll('h1').length !== 1) problem(`${p.doc.querySelectorAll('h1').length} <h1>`);
        const seen = new Set<string>();
        for (const e of p.doc.querySelectorAll('[id]')) {
          const id = e.getAttribute('id')!;
          if (seen.has(id)) problem(`id="${id}" twice`);
          seen.add(id);
        }
      }),
    ).toEqual([]);
  });

  it('names itself and every other language version (canonical, hreflang, x-default)', () => {
    const paths = new Set(pages.map((p) => p.path));
    expect(
      everyPage((p, problem) => {
        const href = (selector: string) => p.doc.querySelectorAll(selector).map((l) => l.getAttribute('href'));
        const canonical = href('link[rel="canonical"]');
        if (canonical.join() !== new URL(p.path, site).href) problem(`canonical ${canonical.join()}`);
        for (const l of locales) {
          const other = inLocale(p.path, l.code);
          const alternates = href(`link[rel="alternate"][hreflang="${l.code}"]`);
          if (alternates.join() !== new URL(other, site).href) problem(`hreflang="${l.code}": ${alternates.join() || 'missing'}`);
          if (!paths.has(other)) problem(`its ${l.code} version ${other} was not built`);
        }
        const fallback = href('link[rel="alternate"][hreflang="x-default"]');
        if (fallback.join() !== new URL(inLocale(p.path, defaultLocale.code), site).href) problem(`x-default: ${fallback.join() || 'missing'}`);
        if (p.doc.querySelectorAll('link[rel="alternate"][hreflang]').length !== locales.length + 1) problem('alternates other than one per locale and x-default');
      }, localised),
    ).toEqual([]);
  });

  it('links every phone and text number correctly: a valid number or short code, dialling the number it shows', () => {
    let checked = 0;
    const problems = everyPage((p, problem) => {
      for (const a of p.doc.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')) {
        checked += 1;
        const href = a.getAttribute('href')!;
        const m = /^(tel|sms):([+\d]+)(\?body=[^&]+)?$/.exec(href);
        if (!m || (m[1] === 'tel' && m[3])) {
          problem(`malformed ${href}`);
          continue;
        }
        // A relay call dials 18001 before the number (src/lib/contact.ts).
        const number = m[1] === 'tel' && /^18001\d{3,}/.test(m[2]!) ? m[2]!.slice(5) : m[2]!;
        const short = /^[1-9]\d{2,5}$/.test(number);
        const full = /^(\+44|0)\d{6,10}$/.test(number) && isValidPhoneNumber(number, 'GB');
        if (!short && !full) problem(`${href}: not a valid UK number or short code`);
        const digits = m[2]!.replace(/^\+44/, '0');
        if (!text(a).replace(/\D/g, '').includes(digits)) problem(`${href} shows "${text(a)}"`);
      }
    });
    expect(problems).toEqual([]);
    expect(checked, 'phone links were found').toBeGreaterThan(pages.length);
  });
});
