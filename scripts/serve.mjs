// Serves the built site (dist/) on http://127.0.0.1:4321 (PORT and HOST may override).
// Used by `npm start` and by the browser tests. Sends the headers in dist/_headers (from
// public/_headers) and the rewrites in dist/_redirects, as a static host that reads them would.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './lib/headers.ts';

const dir = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(dir)) {
  console.error('No dist/ folder: run `npm run build` first.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const assets = sirv(dir, { etag: true, extensions: ['html'] });
const notFound = existsSync(`${dir}404.html`) ? readFileSync(`${dir}404.html`) : 'Not found';
const rules = existsSync(`${dir}_headers`) ? parseHeaders(readFileSync(`${dir}_headers`, 'utf8')) : [];
// Rewrites in dist/_redirects ("from to 200": serve `to` at `from`), as Netlify and Cloudflare Pages do.
const rewrites = new Map(
  existsSync(`${dir}_redirects`)
    ? readFileSync(`${dir}_redirects`, 'utf8')
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter((parts) => parts.length === 3 && parts[2] === '200' && !parts[0].startsWith('#'))
        .map(([from, to]) => [from, to])
    : [],
);
if (rules.length === 0) console.warn('dist/_headers is missing or empty: serving without its headers.');

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
  const missing = () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFound);
  };
  // The host's configuration file is not a page.
  if (pathname === '/_headers' || pathname === '/_redirects') return missing();
  const target = rewrites.get(pathname);
  if (target) req.url = target;
  assets(req, res, missing);
}).listen(port, host, () => {
  console.log(`Serving dist/ on http://${host}:${port}/`);
});
