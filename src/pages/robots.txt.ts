import type { APIRoute } from 'astro';
import { getArea } from '../data/site.ts';

/** robots.txt, pointing at the sitemap on the area's own address. */
export const GET: APIRoute = async () => {
  const area = await getArea();
  const sitemap = new URL('/sitemap-index.xml', area.siteUrl).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
