// Types for `import { code, hash } from './x.ts?inline-script'` (src/integrations/inline-script.ts).
declare module '*?inline-script' {
  /** The file compiled and minified into one classic script. */
  export const code: string;
  /** Its Content-Security-Policy hash ("sha256-..."). */
  export const hash: `sha256-${string}`;
}
