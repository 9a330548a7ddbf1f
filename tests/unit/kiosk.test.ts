import { afterEach, describe, expect, it, vi } from 'vitest';
import { areaSchema } from '../../src/schemas/area.ts';
import { KIOSK_KEY, kioskOn, setKiosk } from '../../src/scripts/kiosk-setting.ts';
import { loadArea } from '../../src/lib/content-files.ts';
import { chosenAreaId } from '../../src/lib/content-layers.ts';

/** A stand-in for the browser's localStorage (kiosk setting tests run in Node). */
function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the kiosk device setting', () => {
  it('is off until turned on, and is one key holding "on", removed when turned off', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(kioskOn()).toBe(false);
    expect(setKiosk(true)).toBe(true);
    expect(kioskOn()).toBe(true);
    expect([...storage.items]).toEqual([[KIOSK_KEY, 'on']]);
    expect(setKiosk(false)).toBe(true);
    expect(kioskOn()).toBe(false);
    expect(storage.items.size).toBe(0);
  });

  it('counts as off, and says it could not be turned on, where the browser refuses storage', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    expect(kioskOn()).toBe(false);
    expect(setKiosk(true)).toBe(false);
  });
});

describe('the kiosk settings of the area', () => {
  const area = loadArea('content', chosenAreaId('content'));
  const { kiosk: _kiosk, ...withoutKiosk } = area;

  it('are read from content/settings/area.yaml', () => {
    expect(area.kiosk.idleMinutes).toBeGreaterThan(0);
    expect(area.kiosk.countdownSeconds).toBeGreaterThanOrEqual(10);
  });

  it('default to 3 minutes and a 60-second countdown when the area sets only the staff code', () => {
    expect(areaSchema.parse({ ...withoutKiosk, kiosk: { staffCode: '2468' } }).kiosk).toEqual({ idleMinutes: 3, countdownSeconds: 60, staffCode: '2468' });
  });

  it('need a staff code, and say so when it is missing or has spaces', () => {
    for (const kiosk of [undefined, {}, { staffCode: '12' }, { staffCode: 'two words' }]) {
      const result = areaSchema.safeParse({ ...withoutKiosk, kiosk });
      expect(result.success, JSON.stringify(kiosk)).toBe(false);
    }
    const missing = areaSchema.safeParse({ ...withoutKiosk, kiosk: { staffCode: 'a b' } });
    expect(missing.error?.issues[0]?.message).toMatch(/staff code/);
  });

  it('refuse times too short to read a page or too long to protect the next visitor', () => {
    for (const kiosk of [{ idleMinutes: 0 }, { idleMinutes: 31 }, { countdownSeconds: 5 }, { countdownSeconds: 30.5 }]) {
      expect(areaSchema.safeParse({ ...withoutKiosk, kiosk: { staffCode: '2468', ...kiosk } }).success, JSON.stringify(kiosk)).toBe(false);
    }
  });
});
