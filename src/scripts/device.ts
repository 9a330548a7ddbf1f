// On every page (src/components/Device.astro), two things for the device rather than the visitor:
//
// 1. Offline: registers the service worker (src/sw/sw.ts) and, once the page has loaded, asks it to
//    save this page's language for use without a connection (skipped when the browser asks to save
//    data). Only the site's own files are saved, the same for everyone.
// 2. Kiosk mode: on a device where staff turned it on (src/scripts/kiosk-setting.ts), starts the
//    kiosk controls (src/scripts/kiosk-start.ts). Everywhere else they stay hidden and their code
//    is not even downloaded. Vite builds that file as a separate classic script (the `?worker&url`
//    import: a bundle of its own and its address, with none of the loader a dynamic import adds).
import type { OfflineMessage } from '../lib/offline.ts';
import kioskScript from './kiosk-start.ts?worker&url';
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

if (kioskOn()) {
  const script = document.createElement('script');
  script.src = kioskScript;
  document.head.append(script);
}
