// Content that would slip unsafe things onto the page is refused, one line each naming the file, the
// field (or line) and what to do: plain-http addresses, raw HTML and code-running links in Markdown,
// a "last checked" date still to come, a service file in a folder the build does not publish, and
// translations for a language the site does not have. A service with a problem of its own does not
// also make its translations fail. Text from frontmatter that the pages put into HTML is escaped.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import ContactLinks from '../../src/components/ContactLinks.astro';
import contentCheck from '../../src/integrations/content-check.ts';
import { checkContent, formatProblem } from '../../src/lib/content-files.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { unsafeMarkdown } from '../../src/lib/markdown-safety.ts';
import { phoneSchema } from '../../src/schemas/phone.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
const unsafe = fixture('unsafe-content');
const { problems } = checkContent(`${unsafe}content`, unsafe);
const lines = problems.map(formatProblem);
const about = (file: string) => lines.filter((l) => l.startsWith(`${file}: `));

describe('unsafe content is refused, naming the file', () => {
  it('a service website over plain http', () => {
    expect(about('content/national/services/http-website.md')).toEqual([expect.stringMatching(/^content\/national\/services\/http-website\.md: contact\.website: write the full web address starting with https:\/\//)]);
  });

  it('a quick-exit destination over plain http', () => {
    const area = fixture('unsafe-area');
    const lines = checkContent(`${area}content`, area).problems.map(formatProblem);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/areas\/test\/area\.yaml: quickExit\.url: write the full web address starting with https:\/\//));
  });

  it('raw HTML that loads, runs or collects something, and links that run code, each with its line', () => {
    const found = about('content/national/services/raw-html.md').map((l) => /: (line \d+): (raw HTML <\w+>|the attribute \w+=|a \w+: link)/.exec(l)?.slice(1).join(' '));
    expect(found).toEqual([
      'line 12 raw HTML <script>',
      'line 14 raw HTML <img>',
      'line 16 raw HTML <form>',
      'line 16 raw HTML <input>',
      'line 18 raw HTML <iframe>',
      'line 20 raw HTML <meta>',
      'line 22 the attribute onclick=',
      'line 22 a javascript: link',
    ]);
  });

  it('a lastChecked date in the future', () => {
    expect(about('content/national/services/future-check.md')).toEqual(['content/national/services/future-check.md: lastChecked: 2999-01-01 is in the future: write the day you checked the sources']);
  });

  it('a service file in a folder below content/services/ (the build would not publish it)', () => {
    expect(about('content/areas/test/services/nested/moved.md')).toEqual([expect.stringContaining('must be directly in content/areas/test/services/')]);
  });

  it('translations for a language the site does not have', () => {
    expect(about('content/areas/test/translations/xx')).toEqual([expect.stringContaining('"xx" is not one of the site\'s languages (ur)')]);
  });

  it('one invalid service gives one problem, not more about its translations; a translation of no service still fails', () => {
    expect(about('content/national/services/broken.md')).toHaveLength(1);
    expect(lines.filter((l) => l.includes('broken'))).toHaveLength(1);
    expect(about('content/areas/test/translations/ur/services/ghost.md')).toEqual([expect.stringContaining('there is no service "ghost"')]);
  });

  it('nothing else: the valid service and the plain HTML link pass', () => {
    expect(about('content/national/services/good.md')).toEqual([]);
    expect(lines).toHaveLength(14);
  });

  it('fails the build from the integration hook', () => {
    const hook = contentCheck().hooks['astro:config:setup'] as (o: unknown) => void;
    // The fixture's only area, whichever area this run builds (SIGNPOST_AREA).
    vi.stubEnv('SIGNPOST_AREA', '');
    expect(() => hook({ config: { root: new URL(`file://${unsafe}`) }, logger: { info: () => {} } })).toThrow(/content\/national\/services\/raw-html\.md: line 12/);
  });
});

describe('Markdown safety', () => {
  it('allows ordinary Markdown, plain HTML links and autolinks', () => {
    expect(unsafeMarkdown('A [link](https://example.org/), <https://example.org/>, <a href="/en/x/">x</a>, a < b and a tel: [call](tel:08081570247).')).toEqual([]);
  });

  it('catches what hides in upper case, spaces and other link forms', () => {
    const found = unsafeMarkdown('<SCRIPT src=x></SCRIPT>\n[a]( JavaScript:alert(1))\n<a href = "data:text/html,x">d</a>\n<svg onload=alert(1)>').map((p) => p.line);
    expect(found).toEqual([1, 2, 3, 4, 4]);
  });
});

describe('frontmatter text that pages put into HTML', () => {
  it('is escaped', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & more`)).toBe('&#60;img src=x onerror=&#34;alert(&#39;1&#39;)&#34;&#62; &#38; more');
  });

  it('reaches a service page as text, not markup (a text message keyword holding HTML)', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ContactLinks, {
      props: { locale: 'en', contact: { phones: [phoneSchema.parse({ number: '82228', kind: 'text', short: true, message: '<img src=x onerror=alert(1)>', from: ['page'] })] } },
    });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('shows an email address (now with its sources) as a mailto link, and says when a number is for professionals only', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ContactLinks, {
      props: {
        locale: 'en',
        contact: {
          phones: [phoneSchema.parse({ number: '0808 157 0247', professionalsOnly: true, from: ['page'] })],
          email: { address: 'help@example.org', from: ['page'] },
        },
      },
    });
    expect(html).toContain('href="mailto:help@example.org"');
    expect(html).toContain('help@example.org</bdi>');
    expect(html).not.toContain('[object Object]');
    expect(html).toContain('For professionals only');
  });
});
