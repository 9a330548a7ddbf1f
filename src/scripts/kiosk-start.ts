// Loaded by src/scripts/device.ts only on a device where staff turned kiosk mode on, so that every
// other visitor's page carries none of the kiosk code or markup: starts the kiosk controls on this
// page. The kiosk page has the controls' markup (src/components/KioskControls.astro); every other
// page takes it from the kiosk page of its own language, which the service worker saved with the
// rest of the language, so this works without a connection too.
import { startKiosk } from './kiosk.ts';

async function controls(): Promise<HTMLElement | null> {
  const here = document.querySelector<HTMLElement>('[data-kiosk]');
  if (here) return here;
  try {
    const response = await fetch(`/${document.documentElement.lang}/kiosk/`);
    if (!response.ok) return null;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
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
