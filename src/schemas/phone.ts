import { z } from 'zod';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { fromSchema } from './source.ts';

/**
 * A UK phone number as written on the provider's page ("0808 157 0192"). It is validated with
 * libphonenumber-js and normalised: `e164` for tel: links, `display` in the usual UK grouping.
 * Short codes (999, 101, a five-digit text number) are not ordinary numbers and must say so with
 * `short: true`; they keep their own digits. (Examples in code are Ofcom's numbers for drama.)
 */
export function parseUkNumber(raw: string, short = false) {
  const digits = raw.replace(/[\s-]/g, '');
  if (short) {
    if (!/^\d{2,6}$/.test(digits)) return null;
    return { e164: digits, display: raw.trim() };
  }
  const parsed = parsePhoneNumberFromString(raw, 'GB');
  if (!parsed || !parsed.isValid()) return null;
  return { e164: parsed.number as string, display: parsed.formatNational() };
}

/** In a phone label, the number as dialled from abroad ("+44 20 7946 0018"), so a label never repeats the number. */
export const INTERNATIONAL = '{international}';

/** A label with {international} filled in from the phone's own number (left as it is for short codes). */
export function fillPhoneLabel(label: string, phone: { e164: string; short: boolean }): string {
  if (!label.includes(INTERNATIONAL) || phone.short) return label;
  const international = parsePhoneNumberFromString(phone.e164)?.formatInternational() ?? phone.e164;
  return label.split(INTERNATIONAL).join(international);
}

export const phoneKinds = ['voice', 'text', 'textphone', 'relay', 'whatsapp'] as const;

export const phoneSchema = z
  .object({
    /** The number as written on the source page. */
    number: z.string({ error: 'add the number as a string, e.g. "0808 157 0192"' }),
    /** voice call, text (SMS), textphone, text relay (Relay UK) or WhatsApp. */
    kind: z.enum(phoneKinds).default('voice'),
    /** A short code such as 999 or a five-digit text number, not an ordinary UK number. */
    short: z.boolean().default(false),
    /** For a text to a short code: the word to send, e.g. "DVS". */
    message: z.string().optional(),
    /** Only professionals may use this number: every page and card that shows it says so. */
    professionalsOnly: z.boolean().default(false),
    /**
     * What this number is for, when a service has several (English; translated in content).
     * Write {international} for the number as dialled from abroad, rather than the number again.
     */
    label: z.string().optional(),
    /** Worked out from `number` (any value given here is replaced); allowed so parsed data parses again. */
    e164: z.string().optional(),
    display: z.string().optional(),
    /** The sources that show this number (ids from the service's sources). */
    from: fromSchema,
  })
  // An unknown field is a mistake (often an unquoted comma in YAML splitting a label): say so.
  .strict()
  .transform((phone, ctx) => {
    const normalised = parseUkNumber(phone.number, phone.short);
    if (!normalised) {
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message: `"${phone.number}" is not a valid UK phone number: copy it exactly from the provider's page, e.g. "0808 157 0192" (use short: true for short codes such as 999 or a five-digit text number)`,
      });
      return z.NEVER;
    }
    return { ...phone, ...normalised, ...(phone.label ? { label: fillPhoneLabel(phone.label, { ...normalised, short: phone.short }) } : {}) };
  });

export type Phone = z.output<typeof phoneSchema>;
