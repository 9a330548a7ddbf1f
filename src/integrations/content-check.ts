import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ContentError, checkContent } from '../lib/content-files.ts';
import { chosenAreaId } from '../lib/content-layers.ts';
import { formatReport, translationReport } from '../lib/translation-report.ts';

/** The interface strings of every locale, read from src/i18n/locales/<code>.json. */
export function readUiStrings(root: string): Record<string, Record<string, string>> {
  const dir = `${root}src/i18n/locales`;
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, string>]),
  );
}

/** Per language, the English version each interface key was translated from (src/i18n/translated-from/). */
export function readUiStamps(root: string): Record<string, Record<string, string>> {
  const dir = `${root}src/i18n/translated-from`;
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, string>]),
  );
}

/**
 * Fails the build before anything renders when a content file is wrong, one line per problem,
 * and prints the translation report: what each language still shows in English.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'signpost:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const areaId = chosenAreaId(`${root}content`);
        const snapshot = checkContent(`${root}content`, root, areaId);
        if (snapshot.problems.length > 0) throw new ContentError(snapshot.problems);
        logger.info(`content checked for area "${areaId}": no problems`);
        if (config.output === 'static' && snapshot.area && snapshot.area.locales.length > 1) {
          logger.info('translation report (done/total, reviewed by a native speaker):');
          for (const line of formatReport(translationReport(snapshot, readUiStrings(root), readUiStamps(root)))) logger.info(line);
        }
      },
    },
  };
}
