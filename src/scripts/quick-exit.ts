// Quick exit. Compiled into a small classic script at the very start of <body> on every page (see
// QuickExit.astro), so it works from the moment the page starts to show, before the rest has
// arrived. Without JavaScript the "Exit this page" link is still a real link to the same place.
//
// Leaving, by a click or tap on the link or by pressing Shift three times:
//   1. hide the page at once, so nothing can be read while the next site loads;
//   2. clear everything the site keeps for this tab (sessionStorage: answers, lists);
//   3. go with location.replace, so Back does not return to the page that was open.
// A page restored from the back/forward cache is never shown as it was: it reloads (so it shows
// only what storage now holds), or leaves again if it was the page being left.
//
// The script reads its destination and words from the page (data-* attributes), so it is the same
// text on every page and one CSP hash covers it everywhere. The three steps of leaving are
// src/scripts/wipe.ts, shared with kiosk mode; the build bundles it into this one script.
//
// On a device that chose to save the site for use without signal, leaving also tells the service
// worker to delete the saved copy and unregister (src/sw/sw.ts). The exit does not wait for it: the
// message is sent and the page goes at once; the worker finishes after the page has gone. A kiosk
// tablet keeps its copy (the exit clears the visit, not the tablet: staff saved it on purpose).
import type { OfflineMessage } from '../lib/offline.ts';
import { kioskOn } from './kiosk-setting.ts';
import { leaveFor } from './wipe.ts';

(() => {
  const LINK = 'a[data-quick-exit]';
  /** Each Shift press must follow the last within this time (as GOV.UK's "Exit this page"). */
  const PRESS_WINDOW_MS = 5000;

  let presses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The last key came with Shift held (a capital letter, Shift+Tab): the next Shift is not a lone press. */
  let chord = false;
  /** This page has started to leave. */
  let leaving = false;

  const link = () => document.querySelector<HTMLAnchorElement>(LINK);
  const blank = () => {
    document.body.hidden = true;
  };

  function forgetSavedCopy(): void {
    try {
      if (kioskOn() || !('serviceWorker' in navigator)) return;
      const forget: OfflineMessage = { type: 'offline-forget' };
      // The worker serving this page hears it at once; a worker not (yet) serving it, a moment later.
      navigator.serviceWorker.controller?.postMessage(forget);
      void navigator.serviceWorker.getRegistration().then((r) => r?.active?.postMessage(forget), () => undefined);
    } catch {
      // Whatever happens here, the exit goes ahead.
    }
  }

  function leave(): void {
    const a = link();
    if (!a) return;
    leaving = true;
    leaveFor(a.href);
    // After the page is hidden and the next one asked for (that takes a moment to start).
    forgetSavedCopy();
  }

  /** Shows the count (the dots in the link) and announces `message` (a data-* key of the status). */
  function count(n: number, message?: 'more2' | 'more1' | 'expired'): void {
    presses = n;
    const a = link();
    const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
    if (a) {
      if (n) a.dataset.presses = String(n);
      else delete a.dataset.presses;
    }
    if (status) status.textContent = (message && status.dataset[message]) || '';
  }

  addEventListener(
    'keyup',
    (e) => {
      clearTimeout(timer);
      if (e.key === 'Shift' && !chord) {
        if (presses === 2) {
          count(0);
          leave();
        } else {
          count(presses + 1, presses ? 'more1' : 'more2');
          timer = setTimeout(count, PRESS_WINDOW_MS, 0, 'expired');
        }
      } else if (presses) {
        count(0);
      }
      chord = e.shiftKey;
    },
    true,
  );

  addEventListener(
    'click',
    (e) => {
      if (e.target instanceof Element && e.target.closest(LINK)) {
        e.preventDefault();
        leave();
      }
    },
    true,
  );

  // Back/forward cache: hide the page as it goes in, and never show it again as it was.
  addEventListener('pagehide', (e) => {
    if (e.persisted) blank();
  });
  addEventListener('pageshow', (e) => {
    if (!e.persisted) return;
    blank();
    if (leaving) leave();
    else location.reload();
  });
})();
