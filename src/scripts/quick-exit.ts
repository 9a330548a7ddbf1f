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

  function leave(): void {
    const a = link();
    if (!a) return;
    leaving = true;
    leaveFor(a.href);
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
