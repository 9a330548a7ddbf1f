import { z } from 'zod';
import { emailSchema, httpsUrlSchema, idSchema, urlSchema } from './common.ts';
import { nations } from './values.ts';

export const localeSchema = z.object({
  /** BCP 47 code, used in URLs (/ur/) and <html lang>. */
  code: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, { error: 'use a language code such as "en" or "ur"' }),
  /** The language's name in itself, e.g. "اردو". */
  name: z.string().min(1),
  dir: z.enum(['ltr', 'rtl']),
  /** A native speaker has reviewed our translation. Unreviewed languages show a notice. */
  reviewed: z.boolean(),
});

/** Kiosk mode on roadshow tablets (src/scripts/kiosk.ts): when to ask "Are you still there?" and clear the visit. */
export const kioskSchema = z.object({
  /** Minutes without a touch before the countdown shows. */
  idleMinutes: z.number().min(1).max(30).default(3),
  /** Seconds the countdown gives to answer "I'm still here" before everything is cleared. */
  countdownSeconds: z.int().min(10).max(300).default(60),
  /**
   * The code staff type on the kiosk page to turn kiosk mode on or off. The page holds only its
   * SHA-256 hash, but in a static site that only stops casual switching (see the kiosk page's notes).
   */
  staffCode: z.string().regex(/^\S{4,32}$/, { error: 'set a staff code of 4 to 32 characters without spaces (staff type it to turn kiosk mode on or off)' }),
});

/** Settings for the area one copy of the site serves (content/areas/<area>/area.yaml). */
export const areaSchema = z
  .object({
    name: z.string().min(1),
    /** The nation the area is in: it is shown the national services that cover it. */
    nation: z.enum(nations, { error: `say which nation the area is in: one of ${nations.join(', ')}` }),
    /**
     * National services (content/national/services/) this area does not show, by id. By default an
     * area shows every national service that covers its nation.
     */
    nationalServices: z.strictObject({ exclude: z.array(idSchema).default([]) }).prefault({}),
    siteName: z.string().min(1),
    siteUrl: urlSchema,
    correctionsEmail: emailSchema,
    defaultLocale: z.string(),
    locales: z.array(localeSchema).min(1),
    quickExit: z.object({ url: httpsUrlSchema }),
    /** The saved copy for use without signal (src/sw/sw.ts). */
    offline: z
      .object({
        /** A page from a saved copy older than this many days warns more strongly that details may have changed. */
        warnAfterDays: z.int().min(1).max(365).default(30),
      })
      .prefault({}),
    kiosk: kioskSchema,
    /**
     * The service that can tell someone under 18 which service is for young people here: named to
     * people who say they are under 18 (find help, the directory's age filter). Leave it out if none.
     */
    youngPeople: z.strictObject({ askService: idSchema }).optional(),
    emergency: z.object({
      emergency: z.string().regex(/^\d{2,4}$/),
      silentSolution: z.string().regex(/^\d{2}$/),
      nonEmergency: z.string().regex(/^\d{3}$/),
      nonEmergencyTextphone: z.string().regex(/^[\d ]+$/),
      sources: z.array(urlSchema).min(1, { error: 'say where the numbers were checked' }),
    }),
  })
  .superRefine((area, ctx) => {
    if (!area.locales.some((l) => l.code === area.defaultLocale)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLocale'],
        message: `"${area.defaultLocale}" is not one of the locales (${area.locales.map((l) => l.code).join(', ')})`,
      });
    }
  });

export type Area = z.output<typeof areaSchema>;
export type Locale = z.output<typeof localeSchema>;
