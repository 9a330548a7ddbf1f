import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentError, checkContent } from '../lib/content-files.ts';

/** Fails the build before anything renders when a content file is wrong, one line per problem. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'signpost:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = checkContent(`${root}content`, root);
        if (problems.length > 0) throw new ContentError(problems);
        logger.info('content checked: no problems');
      },
    },
  };
}
