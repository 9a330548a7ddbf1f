// On every page (src/components/Device.astro), two things for the device rather than the visitor:
//
// 1. Offline: registers the service worker (src/sw/sw.ts) and, once the page has loaded, asks it to
//    save this page's language for use without a connection (skipped when the browser asks to save
//    data). Only the site's own files are saved, the same for everyone.
// 2. Kiosk mode: on a device where staff turned it on (src/scripts/kiosk-setting.ts), starts the
//    kiosk controls (src/scripts/kiosk.ts). Everywhere else they stay hidden and idle. (They are
//    bundled in rather than loaded on demand: smaller than the loader Vite adds for that.)
import type { OfflineMessage } from '../lib/offline.ts';
import { startKiosk } from './kiosk.ts';
import { kioskOn } from './kiosk-setting.ts';

if ('serviceWorker' in navigator) {
  const offline = () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
        const message: OfflineMessage = { type: 'offline-save', locale: document.documentElement.lang };
        registration.active?.postMessage(message);
      })
      .catch(() => {
        // No service worker (blocked, or a private window): the site works online as before.
      });
  };
  if (document.readyState === 'complete') offline();
  else addEventListener('load', offline);
}

const kiosk = document.querySelector<HTMLElement>('[data-kiosk]');
if (kiosk && kioskOn()) startKiosk(kiosk);
