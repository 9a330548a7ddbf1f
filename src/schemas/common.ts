import { z } from 'zod';

/** An id used in URLs and references: lower-case words joined by hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'use lower-case letters, digits and single hyphens, e.g. "domestic-abuse"',
  });

/**
 * A calendar date written as YYYY-MM-DD. YAML readers hand it over either as a string or as a
 * Date, so both are accepted; the result is always a Date at midnight UTC.
 */
export const dateSchema = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-21` });
    return z.NEVER;
  }
  return date;
});

/** A web address, https or http. */
export const urlSchema = z.url({
  protocol: /^https?$/,
  error: 'write a full web address starting with https://',
});

/**
 * An address visitors are sent to (a service's website, the quick exit's destination): https only,
 * so that nobody on the network can see or change what they read there.
 */
export const httpsUrlSchema = z.url({
  protocol: /^https$/,
  error: 'write the full web address starting with https:// (over plain http:// others on the network can see and change what a visitor reads; if there is no https address, leave it out)',
});

export const emailSchema = z.email({ error: 'write an email address such as help@example.org' });
