/**
 * Content (service names, summaries, crime types, districts) is written in the default language
 * until it is translated. On a page in another language such text carries its own lang and dir,
 * so that screen readers pronounce it right and punctuation lands on the right side.
 */
import type { Area } from '../schemas/area.ts';

export interface TextAttrs {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** The attributes for content text on a page in `lang` (none when the page is in the content's language). */
export function contentText(lang: string, area: Area): TextAttrs {
  if (lang === area.defaultLocale) return {};
  const locale = area.locales.find((l) => l.code === area.defaultLocale);
  return { lang: area.defaultLocale, ...(locale ? { dir: locale.dir } : {}) };
}

/** The same attributes as HTML, for strings built for set:html (" lang=\"en\" dir=\"ltr\""). */
export function attrsHtml(a: TextAttrs): string {
  return (a.lang ? ` lang="${a.lang}"` : '') + (a.dir ? ` dir="${a.dir}"` : '');
}
