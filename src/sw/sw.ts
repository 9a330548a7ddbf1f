// The service worker (built into dist/sw.js by scripts/build-sw.ts, which writes in the list of
// files). It keeps the site working without a connection, with Workbox's precaching:
//
// - Saving: once a page of a language has loaded, the page asks (an 'offline-save' message) and the
//   worker saves every file of that language (pages, data, search index) and the shared files
//   (scripts, styles, the search program), each language in its own cache. Only files from the
//   build are ever saved: never a visitor's answers (they stay in the tab's sessionStorage), never
//   anything but GET requests to this site, never a request to another site (the quick exit's
//   destination goes straight to the network, so without a connection it shows the browser's own
//   offline page).
// - Serving: a saved file is served from its cache, connected or not; anything else goes to the
//   network as if there were no worker.
// - Updating: a new build changes this file, so the browser installs the new worker on the next
//   visit with a connection. It saves the new version of every language this device has saved
//   (unchanged files are kept) and then waits, while the old worker goes on serving the open page
//   from the old files. At the next move to another page, the old worker hands over: that page
//   comes from the network (the new version), the new worker takes charge and clears out the old
//   files, and from then on serves the new version, with or without a connection. So new content
//   arrives on the next online visit, and the page that was open never finds its files gone.
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { Router } from 'workbox-routing';
import type { OfflineManifest, OfflineMessage, OfflineStatus } from '../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope;
/** Written in by scripts/build-sw.ts. */
declare const OFFLINE_MANIFEST: OfflineManifest;

const manifest = OFFLINE_MANIFEST;
const SHARED = 'shared';
const PREFIX = 'signpost-offline-';

const router = new Router();
/** One precache (Workbox's list of files with their revisions, and a cache) per group. */
const groups = new Map<string, PrecacheController>();
for (const [name, entries] of [[SHARED, manifest.shared] as const, ...Object.entries(manifest.locales)]) {
  const controller = new PrecacheController({ cacheName: PREFIX + name });
  controller.addToCacheList(entries.map((e) => ({ url: e.url, revision: e.revision })));
  groups.set(name, controller);
  // Pagefind asks for pagefind-entry.json?ts=<time> so that browsers do not keep it: the saved copy
  // is the one that matches the saved index.
  router.registerRoute(new PrecacheRoute(controller, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/] }));
}

const saved = (name: string) => caches.has(PREFIX + name);

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
  const keys = new Set((await (await caches.open(PREFIX + name)).keys()).map((r) => r.url));
  return [...controller.getURLsToCacheKeys().values()].filter((key) => keys.has(key)).length;
}

async function status(): Promise<OfflineStatus> {
  const shared = await countSaved(SHARED);
  const result: OfflineStatus = {};
  for (const locale of Object.keys(manifest.locales)) {
    result[locale] = { saved: shared + (await countSaved(locale)), total: manifest.shared.length + manifest.locales[locale]!.length };
  }
  return result;
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
        if (key.startsWith(PREFIX) && !groups.has(key.slice(PREFIX.length))) await caches.delete(key);
      }
      for (const [name, controller] of groups) if (await saved(name)) await controller.activate(event);
      // Serve the pages already open too (the first page a device loads, for example).
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
    void self.skipWaiting();
  }
});

/** The saved copy of a request, or, for a file this version did not save, the network. */
async function fromCopy(event: FetchEvent): Promise<Response> {
  return (await router.handleRequest({ request: event.request, event })) ?? fetch(event.request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // Only this site's own files: another site's address (the quick exit's) is never handled here.
  if (new URL(request.url).origin !== self.location.origin) return;
  const waiting = self.registration.waiting;
  if (request.mode === 'navigate' && waiting) {
    // A newer version has saved its files and waits: it takes over as this page is left (once
    // this answer is given: a worker cannot take over while the old one is still answering). The
    // next page comes from the network, so it is already the new version; if there is no
    // connection after all, from this version's copy.
    waiting.postMessage({ type: 'offline-take-over' } satisfies OfflineMessage);
    event.respondWith(fetch(request).catch(() => fromCopy(event)));
    return;
  }
  const response = router.handleRequest({ request, event });
  if (response) event.respondWith(response);
});
