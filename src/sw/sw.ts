// The service worker (built into dist/sw.js by scripts/build-sw.ts, which writes in the list of
// files and the words of the saved-copy notice). It exists on a device only when the visitor chose
// to save the site ("Use this site without signal", /[lang]/without-signal/) or staff turned kiosk
// mode on: an ordinary visit never registers it (src/scripts/device.ts).
//
// - Saving: asked by a page (an 'offline-save' message), the worker saves every file of that
//   language (pages, data, search index) and the shared files (scripts, styles, the search
//   program), each language in its own cache. Only files from the build are ever saved: never a
//   visitor's answers (they stay in the tab's sessionStorage), never anything but GET requests to
//   this site, never a request to another site (the quick exit's destination goes straight to the
//   network).
// - Serving, so that a correction reaches the device at once: pages and other files whose names do
//   not change with their content come from the network first; the saved copy is used only when
//   the network fails or takes longer than NETWORK_TIMEOUT_MS (or the host has a server error).
//   Any other answer from the network wins, a 404 or 410 included: a page taken down stays down.
//   A page from the saved copy says so at the top of its content, with the date the copy was
//   built, and warns more strongly once it is older than the area's offline.warnAfterDays.
//   Files whose names carry a hash of their content (scripts, styles, search index chunks) never
//   change, so they come from the saved copy first.
// - Forgetting: an 'offline-forget' message (the quick exit on a device that chose to save) deletes
//   every cache and unregisters the worker. The page does not wait: it has already gone.
// - Updating: a new build changes this file, so the browser installs the new worker on the next
//   visit with a connection. It saves the new version of every language this device has saved
//   (unchanged files are kept) and then waits, while the old worker goes on serving the open page.
//   At the next move to another page the old worker hands over: that page comes from the network,
//   the new worker takes charge and clears out the old files. If the update fails part-way (a file
//   missing), the old worker stays, but pages still come from the network first, so the new
//   content shows on the next page all the same; the browser tries the update again later.
import { PrecacheController } from 'workbox-precaching';
import { CACHE_PREFIX, savedCopyAge, savedCopyNotice, savedCopyText, type OfflineManifest, type OfflineMessage, type OfflineStatus, type SavedCopyInfo } from '../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope;
/** Written in by scripts/build-sw.ts. */
declare const OFFLINE_MANIFEST: OfflineManifest;
declare const SAVED_COPY: SavedCopyInfo;

/** How long a page may take from the network before the saved copy is shown instead. */
const NETWORK_TIMEOUT_MS = 4000;

const manifest = OFFLINE_MANIFEST;
const SHARED = 'shared';

/** One precache (Workbox's list of files with their revisions, and a cache) per group. */
const groups = new Map<string, PrecacheController>();
/** Every saved address (without query) -> its group and whether its name changes with its content. */
const files = new Map<string, { group: string; hashed: boolean }>();
for (const [name, entries] of [[SHARED, manifest.shared] as const, ...Object.entries(manifest.locales)]) {
  const controller = new PrecacheController({ cacheName: CACHE_PREFIX + name });
  controller.addToCacheList(entries.map((e) => ({ url: e.url, revision: e.revision })));
  groups.set(name, controller);
  for (const e of entries) files.set(new URL(e.url, self.location.origin).href, { group: name, hashed: e.revision === null });
}

const saved = (name: string) => caches.has(CACHE_PREFIX + name);

/** Saves a group's files that are not saved yet; one run at a time per group. */
const running = new Map<string, Promise<unknown>>();
function save(name: string, event: ExtendableEvent): Promise<unknown> {
  const controller = groups.get(name);
  if (!controller) return Promise.resolve();
  let job = running.get(name);
  if (!job) {
    // Workbox's precaching downloads and stores files only while handling an install event. Asked
    // by a page (a message event), it is handed the message event under that name, so it does the
    // same work, kept alive by the message event's waitUntil.
    const install = event.type === 'install' ? event : ({ type: 'install', waitUntil: (p: Promise<unknown>) => event.waitUntil(p) } as unknown as ExtendableEvent);
    job = controller.install(install).finally(() => running.delete(name));
    running.set(name, job);
  }
  return job;
}

async function saveLocale(locale: string, event: ExtendableEvent): Promise<void> {
  if (!groups.has(locale) || locale === SHARED) return;
  await save(SHARED, event);
  await save(locale, event);
}

async function countSaved(name: string): Promise<number> {
  const controller = groups.get(name)!;
  if (!(await saved(name))) return 0;
  const keys = new Set((await (await caches.open(CACHE_PREFIX + name)).keys()).map((r) => r.url));
  return [...controller.getURLsToCacheKeys().values()].filter((key) => keys.has(key)).length;
}

async function status(): Promise<OfflineStatus> {
  const shared = await countSaved(SHARED);
  const result: OfflineStatus = {};
  for (const locale of Object.keys(manifest.locales)) {
    // A language none of whose own files are saved is not saved, whatever the shared files.
    const own = await countSaved(locale);
    result[locale] = { saved: own && shared + own, total: manifest.shared.length + manifest.locales[locale]!.length };
  }
  return result;
}

/** Deletes every saved file of this site and unregisters this worker. */
async function forget(): Promise<void> {
  for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX)) await caches.delete(key);
  await self.registration.unregister();
}

self.addEventListener('install', (event) => {
  // A new version: bring every group this device has saved up to date before taking over, so it
  // works without a connection from its first moment. If a download fails, this version is not
  // installed; the browser tries again on a later visit.
  event.waitUntil(
    (async () => {
      for (const name of groups.keys()) if (await saved(name)) await save(name, event);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Groups this version no longer has (a language removed) go, then old files of each group.
      for (const key of await caches.keys()) {
        if (key.startsWith(CACHE_PREFIX) && !groups.has(key.slice(CACHE_PREFIX.length))) await caches.delete(key);
      }
      for (const [name, controller] of groups) if (await saved(name)) await controller.activate(event);
      // Serve the pages already open too (the page where the visitor pressed Save, for example).
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data as OfflineMessage | null;
  if (message?.type === 'offline-save' && typeof message.locale === 'string') {
    event.waitUntil(saveLocale(message.locale, event).catch(() => undefined));
  } else if (message?.type === 'offline-status') {
    event.waitUntil(status().then((s) => event.ports[0]?.postMessage(s)));
  } else if (message?.type === 'offline-take-over') {
    // Sent to a waiting worker by the one in charge (see the fetch handler); no effect on one in charge.
    // Kept alive until done: a worker woken only for this message may otherwise be stopped first.
    event.waitUntil(self.skipWaiting());
  } else if (message?.type === 'offline-forget') {
    event.waitUntil(forget());
  }
});

/** The saved copy of an address, if this device saved it. */
async function fromCopy(url: string): Promise<Response | undefined> {
  const file = files.get(url);
  if (!file) return undefined;
  const key = groups.get(file.group)!.getCacheKeyForURL(url);
  return key ? caches.match(key, { cacheName: CACHE_PREFIX + file.group }) : undefined;
}

/** A page from the saved copy, with the notice that says so (and how old it is). */
async function savedPage(response: Response, locale: string | undefined): Promise<Response> {
  const age = savedCopyAge(new Date(SAVED_COPY.builtAt), new Date(), SAVED_COPY.warnAfterDays);
  const words = savedCopyText(SAVED_COPY, locale ?? '', age);
  if (!words || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = savedCopyNotice(await response.text(), words, age);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The network, unless it fails, times out or has a server error: then the saved copy, if any. */
async function networkFirst(event: FetchEvent, url: string): Promise<Response> {
  const network = fetch(event.request);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, NETWORK_TIMEOUT_MS, 'timeout')));
  const first = await Promise.race([network.catch(() => 'failed' as const), timeout]);
  clearTimeout(timer);
  if (first instanceof Response && first.status < 500) return first;
  const copy = await fromCopy(url);
  if (!copy) return first instanceof Response ? first : network;
  if (event.request.mode !== 'navigate') return copy;
  return savedPage(copy, new URL(url).pathname.split('/')[1]);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only this site's own files: another site's address (the quick exit's) is never handled here.
  if (url.origin !== self.location.origin || request.method !== 'GET') return;
  // Pagefind asks for pagefind-entry.json?ts=<time> so that browsers do not keep it: the saved copy
  // is the one that matches the saved index.
  url.search = '';
  const address = url.href;
  const file = files.get(address);
  if (!file) return;
  const waiting = self.registration.waiting;
  if (request.mode === 'navigate' && waiting) {
    // A newer version has saved its files and waits: it takes over as this page is left (once
    // this answer is given: a worker cannot take over while the old one is still answering).
    waiting.postMessage({ type: 'offline-take-over' } satisfies OfflineMessage);
  }
  if (file.hashed) {
    event.respondWith(fromCopy(address).then((copy) => copy ?? fetch(request)));
    return;
  }
  event.respondWith(networkFirst(event, address));
});
