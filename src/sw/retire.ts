// The retiring service worker: what to publish as /sw.js when the site is taken down or moved, so
// that every device that saved a copy drops it. A device that has the site's worker asks for
// /sw.js again on its next visit (the host sends it with no-cache); finding this one, it installs
// it at once, deletes every saved file of the site, unregisters, and reloads any page of the site
// still open so that it comes from the host (or the host's "gone" page). Built by
// scripts/retire-sw.ts (`npm run retire`); see "Taking the site down" in README.md.
import { CACHE_PREFIX } from '../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX)) await caches.delete(key);
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: 'window' })) void (client as WindowClient).navigate(client.url).catch(() => undefined);
    })(),
  );
});
