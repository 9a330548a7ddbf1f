// Markdown (Sätteri hast plugin): every link to another site gets rel="noreferrer", so the
// service's site cannot see that the visitor came from here. Links within the site, mailto: and
// tel: links are left alone. Astro 7 renders Markdown with Sätteri, which does not run rehype
// plugins, hence this small plugin rather than rehype-external-links.
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = Extract<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], { name: string }>;

/** A link that leaves the site: absolute http(s) or protocol-relative. */
export const isExternalHref = (href: unknown): href is string => typeof href === 'string' && /^(https?:)?\/\//i.test(href.trim());

/** The rel tokens a link to `href` should carry, keeping any it already has. */
export function relFor(href: unknown, rel: unknown): string[] | undefined {
  if (!isExternalHref(href)) return undefined;
  const tokens = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  return tokens.includes('noreferrer') ? tokens : [...tokens, 'noreferrer'];
}

export const externalLinks: HastPlugin = {
  name: 'signpost-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const rel = relFor(node.properties?.href, node.properties?.rel);
      if (rel) ctx.setProperty(node, 'rel', rel);
    },
  },
};
