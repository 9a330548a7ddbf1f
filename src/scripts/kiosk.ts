// Kiosk mode, loaded only on a device where staff turned it on (src/scripts/device.ts). A roadshow
// tablet passes from one member of the public to the next, so nothing one visitor did may be left
// for the next:
//
// - "Finish and clear", always in view, clears the visit at once and shows the home page.
// - After a while without a touch or a key (kiosk.idleMinutes in content/settings/area.yaml), a
//   countdown asks "Are you still there?"; "I'm still here" (or any touch) carries on. When the
//   countdown runs out, the visit is cleared and the home page returns.
// - Clearing the visit: this tab's storage (answers, lists) through the same code as the quick exit
//   (src/scripts/wipe.ts), every form field (searches), the scroll position, then the home page
//   with location.replace so Back does not return to the page that was open.
// - While kiosk mode is on, the tab's history never grows: every move to another page of the site
//   replaces the current entry (location.replace), and the questionnaire replaces its step instead
//   of adding one (src/components/islands/FindHelp.tsx), so after "Finish and clear" Back has
//   nothing of the visit to go back to. Form fields are not kept either (autocomplete off) and pages
//   do not restore their scroll position.
//
// Timing works from the clock (Date.now), checked once a second, so a tablet that slept through
// the countdown clears at once when it wakes.
import { leaveFor } from './wipe.ts';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'input'] as const;

/** Starts the kiosk controls in `root` (the [data-kiosk] element of src/components/Device.astro). */
export function startKiosk(root: HTMLElement): void {
  // Already running on this page.
  if (document.documentElement.dataset.kioskMode) return;
  const d = root.dataset;
  const idleMs = Number(d.idle);
  const countdownMs = Number(d.countdown);
  const home = d.home ?? '/';
  const dialog = root.querySelector('dialog')!;
  const stay = dialog.querySelector<HTMLButtonElement>('[data-kiosk-stay]')!;
  const count = dialog.querySelector<HTMLElement>('[data-kiosk-count]')!;
  const live = dialog.querySelector<HTMLElement>('[data-kiosk-live]')!;
  const plural = new Intl.PluralRules(document.documentElement.lang);
  /** The countdown in words: "Clearing in 45 seconds" (plural forms in data-one, data-other ...). */
  const words = (seconds: number) => (count.dataset[plural.select(seconds)] ?? count.dataset.other ?? '').replace('{{count}}', String(seconds));

  let last = Date.now();
  let before: Element | null = null;
  /** The visit is being cleared: the page is on its way to the home page. */
  let leaving = false;

  root.hidden = false;
  document.documentElement.dataset.kioskMode = 'on';
  history.scrollRestoration = 'manual';

  function finish(): void {
    if (leaving) return;
    leaving = true;
    clearInterval(timer);
    for (const form of document.forms) form.reset();
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=hidden]), textarea')) {
      if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) field.checked = false;
      else field.value = '';
    }
    scrollTo(0, 0);
    leaveFor(home);
  }

  function carryOn(): void {
    last = Date.now();
    if (!dialog.open) return;
    dialog.close();
    live.textContent = '';
    if (before instanceof HTMLElement && before.isConnected) before.focus();
  }

  /** Nothing to clear: the home page at the top, nothing stored for the tab. */
  function clean(): boolean {
    try {
      return location.pathname === home && scrollY < 1 && sessionStorage.length === 0;
    } catch {
      return false;
    }
  }

  function tick(): void {
    const quiet = Date.now() - last;
    if (quiet < idleMs) return;
    if (!dialog.open && clean()) {
      last = Date.now();
      return;
    }
    const seconds = Math.ceil((idleMs + countdownMs - quiet) / 1000);
    if (seconds <= 0) {
      finish();
      return;
    }
    count.textContent = words(seconds);
    if (!dialog.open) {
      before = document.activeElement;
      dialog.show();
      stay.focus();
    }
    // Announced when it opens and every 10 seconds, not each second.
    if (!live.textContent || seconds % 10 === 0) live.textContent = words(seconds);
  }

  for (const type of ACTIVITY) {
    addEventListener(
      type,
      (e) => {
        // Inside the countdown only its buttons count (or Escape): a stray key or touch there is not an answer.
        if (dialog.open && e.target instanceof Node && dialog.contains(e.target)) {
          if (e instanceof KeyboardEvent && e.key === 'Escape') carryOn();
          return;
        }
        carryOn();
      },
      { capture: true, passive: true },
    );
  }
  addEventListener('scroll', () => dialog.open || (last = Date.now()), { passive: true });
  stay.addEventListener('click', carryOn);
  for (const button of root.querySelectorAll('[data-kiosk-finish]')) button.addEventListener('click', finish);
  // Form fields are not kept in history, so Back does not bring back what a visitor typed or ticked.
  const noMemory = (e: Event) => {
    const field = e.target;
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) field.autocomplete = 'off';
  };
  addEventListener('focusin', noMemory, { capture: true });
  // A link to another page of the site replaces this history entry instead of adding one. Left to
  // the browser: links elsewhere (a service's website opens in the same way as always), downloads,
  // a new tab or window asked for, the quick exit (which replaces the entry itself), and jumps
  // within this page.
  addEventListener(
    'click',
    (e) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(a instanceof HTMLAnchorElement) || a.hasAttribute('download') || a.hasAttribute('data-quick-exit') || (a.target && a.target !== '_self')) return;
      const to = new URL(a.href);
      if (to.origin !== location.origin) return;
      if (to.pathname === location.pathname && to.search === location.search && to.hash) return;
      e.preventDefault();
      location.replace(to.href);
    },
  );
  addEventListener('change', noMemory, { capture: true });
  const timer = setInterval(tick, 1000);
}
