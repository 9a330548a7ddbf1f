// Serves the built site (dist/) on http://127.0.0.1:4321 (PORT and HOST may override).
// Used by `npm start` and by the browser tests.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';

const dir = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(dir)) {
  console.error('No dist/ folder: run `npm run build` first.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const assets = sirv(dir, { etag: true, extensions: ['html'] });
const notFound = existsSync(`${dir}404.html`) ? readFileSync(`${dir}404.html`) : 'Not found';

createServer((req, res) => {
  // The same privacy headers a static host gets from public/_headers.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  assets(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFound);
  });
}).listen(port, host, () => {
  console.log(`Serving dist/ on http://${host}:${port}/`);
});
