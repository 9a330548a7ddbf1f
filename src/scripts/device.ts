// On every page (src/components/Device.astro), for the device rather than the visitor, and only on
// a device where staff turned kiosk mode on (src/scripts/kiosk-setting.ts): loads
// src/scripts/kiosk-start.ts, which starts the kiosk controls and saves the site for use without
// signal. On any other device this does nothing at all, so an ordinary visit leaves nothing behind
// (no worker, no saved copy) and downloads none of that code. On a personal device saving is the
// visitor's choice, on the "Use this site without signal" page.
//
// Vite builds kiosk-start.ts as a separate classic script (the `?worker&url` import: a bundle of
// its own and its address, with none of the loader a dynamic import adds).
import kioskScript from './kiosk-start.ts?worker&url';
import { kioskOn } from './kiosk-setting.ts';

if (kioskOn()) {
  const script = document.createElement('script');
  script.src = kioskScript;
  document.head.append(script);
}
