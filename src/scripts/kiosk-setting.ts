// The kiosk device setting: staff turn kiosk mode on for a roadshow tablet on /[lang]/kiosk/.
// It is the only thing the site keeps in the browser's localStorage (kiosk mode is a setting of
// the device, not of a visitor, and must outlive the tab), under the one key below, holding "on"
// or nothing at all. It says nothing about any visitor; the privacy statement mentions it.
// Every use of localStorage in the site is in this file (for kiosk mode only).

/** The one localStorage key (kiosk mode on this device). */
export const KIOSK_KEY = 'signpost:kiosk';

/** Kiosk mode is on for this device. False wherever storage is blocked. */
export function kioskOn(): boolean {
  try {
    return localStorage.getItem(KIOSK_KEY) === 'on'; // kiosk setting
  } catch {
    return false;
  }
}

/** Turns kiosk mode on or off for this device; false if the browser refused to store the kiosk setting. */
export function setKiosk(on: boolean): boolean {
  try {
    if (on) localStorage.setItem(KIOSK_KEY, 'on'); // kiosk setting
    else localStorage.removeItem(KIOSK_KEY); // kiosk setting
    return kioskOn() === on;
  } catch {
    return false;
  }
}
