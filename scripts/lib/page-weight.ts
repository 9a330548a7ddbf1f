// What one built page costs on the wire: gzip bytes of its HTML, its CSS and all the JavaScript
// it loads (following static imports between chunks, and React island components).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  island: boolean;
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

export function builtHtmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function followJs(dist: string, url: string, seen: Set<string>): void {
  if (!url.startsWith('/') || seen.has(url)) return;
  const file = join(dist, url);
  if (!existsSync(file)) return;
  seen.add(url);
  const code = readFileSync(file, 'utf8');
  const base = url.slice(0, url.lastIndexOf('/') + 1);
  // Static imports only ("import x from './a.js'", "import './b.js'"): dynamic imports load later, on demand.
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1]!;
    followJs(dist, spec.startsWith('.') ? new URL(spec, `http://x${base}`).pathname : spec, seen);
  }
}

export function pageWeight(dist: string, htmlFile: string): Weight {
  const html = readFileSync(htmlFile, 'utf8');
  const path = '/' + relative(dist, htmlFile).replace(/index\.html$/, '');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => join(dist, m[1]!))
    .filter(existsSync)
    .reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) followJs(dist, m[1]!, scripts);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) followJs(dist, m[1]!, scripts);
  const js = [...scripts].reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0);
  const htmlBytes = gz(html);
  return { path, html: htmlBytes, css, js, total: htmlBytes + css + js, island: html.includes('<astro-island') };
}

/** "/en/services/victim-support/" -> "/[lang]/services/[id]/": one row per kind of page. */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  if (parts.length === 1) return parts[0] === '404.html' ? '/404' : '/[lang]/';
  parts[0] = '[lang]';
  if (parts.length >= 3) parts[parts.length - 1] = '[slug]';
  return `/${parts.join('/')}/`;
}

export const BUDGET = { plain: 14 * 1024, island: 100 * 1024 };
