import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/lib/headers.ts';
import { isExternalHref, relFor } from '../../src/integrations/external-links.ts';
import { compileInlineScript, cspHash } from '../../src/integrations/inline-script.ts';

describe('the _headers file', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const headers = headersFor(rules, '/en/services/');
  const csp = headers['Content-Security-Policy'] ?? '';
  const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

  it('sends no referrer and forbids other hosts and framing on every page', () => {
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(csp, 'no other host, no wildcard').not.toMatch(/https?:|\*/);
  });

  it('leaves inline hashes to the <meta> policy (no hashes here, which would switch off unsafe-inline)', () => {
    expect(csp).not.toMatch(/'sha(256|384|512)-/);
    expect(directive('script-src')).toBe("script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'");
    expect(directive('style-src')).toBe("style-src 'self' 'unsafe-inline'");
  });

  it('matches paths with * and :placeholders; later rules win', () => {
    const r = parseHeaders('# c\n/*\n  A: 1\n  B: 1\n/en/:page/\n  B: 2\n/pagefind/*\n  C: 3\n');
    expect(headersFor(r, '/en/services/')).toEqual({ A: '1', B: '2' });
    expect(headersFor(r, '/en/services/x/')).toEqual({ A: '1', B: '1' });
    expect(headersFor(r, '/pagefind/pagefind.js')).toEqual({ A: '1', B: '1', C: '3' });
  });

  it('says which line is wrong', () => {
    expect(() => parseHeaders('  A: 1\n')).toThrow('_headers line 1');
    expect(() => parseHeaders('/*\n  no colon\n')).toThrow('_headers line 2');
  });
});

describe('links in Markdown', () => {
  it('treats only links to other sites as external', () => {
    for (const href of ['https://example.org/', 'http://example.org', '//example.org/x', ' HTTPS://EXAMPLE.ORG']) expect(isExternalHref(href), href).toBe(true);
    for (const href of ['/en/services/', '#main', 'mailto:a@b.org', 'tel:999', 'services/', undefined]) expect(isExternalHref(href), String(href)).toBe(false);
  });

  it('adds noreferrer and keeps what is there', () => {
    expect(relFor('https://example.org', undefined)).toEqual(['noreferrer']);
    expect(relFor('https://example.org', ['nofollow'])).toEqual(['nofollow', 'noreferrer']);
    expect(relFor('https://example.org', 'external noreferrer')).toEqual(['external', 'noreferrer']);
    expect(relFor('/en/', undefined)).toBeUndefined();
  });
});

describe('the quick-exit script', () => {
  it('compiles to one small classic script (well under 1 KiB gzipped)', async () => {
    const code = await compileInlineScript('src/scripts/quick-exit.ts');
    expect(code).toMatch(/^\(\(\)=>\{.*\}\)\(\);$/s);
    expect(code).not.toMatch(/\b(import|export)\b/);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(700);
  });

  it('is allowed by the CSP hash of its exact text', () => {
    // echo -n 'alert(1)' | openssl sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});
