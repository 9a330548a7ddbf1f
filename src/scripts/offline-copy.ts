// The saved copy for use without signal, as pages ask for it: saving a language, asking how much
// is saved, and removing it all. Used by the "Use this site without signal" page (the visitor's
// choice), the kiosk page, and src/scripts/device.ts on kiosk tablets (which save automatically).
// The worker itself is src/sw/sw.ts. Nothing here runs on an ordinary visit: a device without the
// worker never gets one unless one of those asks.
import { CACHE_PREFIX, type OfflineMessage, type OfflineStatus } from '../lib/offline.ts';

export const supported = () => 'serviceWorker' in navigator && 'caches' in window;

/** Registers the worker (if need be) and asks it to save `locale` and the shared files. */
export async function saveCopy(locale: string): Promise<boolean> {
  try {
    await navigator.serviceWorker.register('/sw.js');
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage({ type: 'offline-save', locale } satisfies OfflineMessage);
    return true;
  } catch {
    // Blocked, or a private window: the site works online as before.
    return false;
  }
}

/** How much of each language is saved, or null when this device has no saved copy (or no worker answers). */
export async function copyStatus(): Promise<OfflineStatus | null> {
  if (!supported()) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  const worker = registration?.active;
  if (!worker) return null;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(resolve, 5000, null);
    channel.port1.onmessage = (e: MessageEvent<OfflineStatus>) => {
      clearTimeout(timer);
      resolve(e.data);
    };
    worker.postMessage({ type: 'offline-status' } satisfies OfflineMessage, [channel.port2]);
  });
}

/** Deletes every saved file of the site and unregisters its worker, here and now. */
export async function forgetCopy(): Promise<void> {
  if (!supported()) return;
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX)) await caches.delete(key);
}
