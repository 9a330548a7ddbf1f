// Forgetting a visit: shared by the quick exit (src/scripts/quick-exit.ts, compiled into every
// page's inline script) and kiosk mode (src/scripts/kiosk.ts, on roadshow tablets). Everything the
// site keeps about what a visitor did lives in this tab's sessionStorage (answers, "my list"), so
// clearing it, and the tab's name, forgets the visit. Nothing here touches the device setting that
// turns kiosk mode on (src/scripts/kiosk-setting.ts): that is not the visitor's.

/** Clears everything the site keeps for this tab. */
export function wipeTab(): void {
  try {
    sessionStorage.clear();
  } catch {
    // Storage is blocked (some private modes): then nothing was stored either.
  }
  window.name = '';
}

/**
 * Leaves for `url` leaving nothing behind: hides the page at once (so nothing can be read while the
 * next page loads), clears the tab, and goes with location.replace, so Back does not return here.
 */
export function leaveFor(url: string): void {
  document.body.hidden = true;
  wipeTab();
  location.replace(url);
}
