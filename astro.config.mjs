// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/integrations/content-check.ts';
import { externalLinks } from './src/integrations/external-links.ts';
import { inlineScript } from './src/integrations/inline-script.ts';
import { checkContent, loadArea } from './src/lib/content-files.ts';
import { phoneBook } from './src/lib/phone-refs.ts';
import { phoneRefLinks } from './src/integrations/phone-refs.ts';
import { chosenAreaId } from './src/lib/content-layers.ts';

// The area this build serves: SIGNPOST_AREA=<folder in content/areas/>, or content/areas.yaml's default.
const contentDir = new URL('./content', import.meta.url).pathname;
const areaId = chosenAreaId(contentDir);
const area = loadArea(contentDir, areaId);
// Each service's numbers, for `<phone:service-id>` in Markdown (the content check reports problems).
const phones = phoneBook(checkContent(contentDir, new URL('.', import.meta.url).pathname, areaId).services);

export default defineConfig({
  site: area.siteUrl,
  // One content cache per area and per set of phone numbers: Astro keeps each Markdown file's
  // rendering while the file is unchanged, so a page's <phone:service-id> would keep an old number
  // after the service's own file changed, and another area would reuse this one's entries.
  cacheDir: `./node_modules/.astro/${areaId}-${createHash('sha256').update(JSON.stringify([...phones])).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: area.locales.map((l) => l.code),
    defaultLocale: area.defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    contentCheck(),
    react(),
    // sitemap-index.xml + sitemap-0.xml: every page, with its other languages as hreflang alternates.
    sitemap({
      i18n: { defaultLocale: area.defaultLocale, locales: Object.fromEntries(area.locales.map((l) => [l.code, l.code])) },
      // Not the 404 page, nor the staff page for kiosk tablets (linked from no page, and noindex).
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404') && !page.endsWith('/kiosk/'),
    }),
  ],
  markdown: {
    // Links to other sites in Markdown get rel="noreferrer"; <phone:service-id> becomes that service's number.
    processor: satteri({ hastPlugins: [externalLinks, phoneRefLinks(phones)] }),
    // Content has no code blocks, and Shiki's inline styles would break under the CSP below.
    syntaxHighlight: false,
  },
  vite: { plugins: [tailwindcss(), inlineScript()] },
  devToolbar: { enabled: false },
  // Content-Security-Policy, as a <meta> tag on every page. Astro adds the hashes of the scripts
  // and styles it writes into pages (and QuickExit.astro adds the quick-exit script's), so no
  // other inline script or style can run. Nothing may load from another host.
  // public/_headers sends a second policy as an HTTP header on hosts that read it; a browser
  // applies both, so that one only forbids other hosts and framing (see the notes there).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets Pagefind's search run its WebAssembly; it allows no eval() of text.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
