// Loaded by src/scripts/device.ts only on a device where staff turned kiosk mode on, so that every
// other visitor's page carries none of the kiosk code or markup:
// 1. starts the kiosk controls on this page;
// 2. once the page has loaded, saves this page's language for use without signal
//    (src/scripts/offline-copy.ts; skipped when the browser asks to save data), so a roadshow
//    tablet saves every language staff open on it.
// The kiosk page has the controls' markup (src/components/KioskControls.astro); every other
// page takes it from the kiosk page of its own language, which the service worker saved with the
// rest of the language, so this works without a connection too.
import { startKiosk } from './kiosk.ts';
import { saveCopy, supported } from './offline-copy.ts';

if (supported() && !(navigator as { connection?: { saveData?: boolean } }).connection?.saveData) {
  const save = () => void saveCopy(document.documentElement.lang);
  if (document.readyState === 'complete') save();
  else addEventListener('load', save);
}

async function controls(): Promise<HTMLElement | null> {
  const here = document.querySelector<HTMLElement>('[data-kiosk]');
  if (here) return here;
  try {
    const response = await fetch(`/${document.documentElement.lang}/kiosk/`);
    if (!response.ok) return null;
    // Without the kiosk page's own styles and scripts: this page's Content-Security-Policy allows
    // only its own, and the controls need neither.
    const html = (await response.text()).replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, '');
    const page = new DOMParser().parseFromString(html, 'text/html');
    const root = page.querySelector<HTMLElement>('[data-kiosk]');
    if (!root) return null;
    document.body.append(document.adoptNode(root));
    return root;
  } catch {
    // No connection and nothing saved yet: the page works as on any other device.
    return null;
  }
}

void controls().then((root) => {
  if (root) startKiosk(root);
});
