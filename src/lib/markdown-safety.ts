/**
 * What a Markdown body in content/ may not contain, because it would reach the page as it is:
 * raw HTML that loads, runs or collects something (scripts, images, frames, forms, meta refreshes,
 * styles), attributes that run code (onclick= ...), and links that run code (javascript:,
 * vbscript:, data:). Plain links written as HTML (<a href="https://...">) are allowed, as some
 * translated pages use them. Used by the content check (src/lib/content-files.ts); the page's
 * Content-Security-Policy would block most of these, but nothing of them should reach the page.
 */

export interface MarkdownProblem {
  /** 1-based line of the body. */
  line: number;
  message: string;
}

const ELEMENTS =
  /<\s*(script|style|img|picture|video|audio|source|track|iframe|frame|frameset|object|embed|applet|form|input|button|textarea|select|meta|link|base|svg|math|template|portal)\b/gi;
const HANDLER = /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi;
const SCHEME = /(?:\]\(\s*<?|\b(?:href|src|action|formaction)\s*=\s*["']?\s*)(javascript|vbscript|data)\s*:/gi;

/** Every unsafe thing in a Markdown body, one problem each, with its line. */
export function unsafeMarkdown(body: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const lineOf = (index: number) => body.slice(0, index).split('\n').length;
  for (const m of body.matchAll(ELEMENTS)) {
    problems.push({ line: lineOf(m.index), message: `raw HTML <${m[1]!.toLowerCase()}> is not allowed in content: write plain Markdown (a link is [text](https://...)); pictures, scripts, forms and frames cannot be published` });
  }
  for (const m of body.matchAll(HANDLER)) {
    problems.push({ line: lineOf(m.index), message: `the attribute ${m[1]!.toLowerCase()}= would run code: remove it (write the link in Markdown: [text](https://...))` });
  }
  for (const m of body.matchAll(SCHEME)) {
    problems.push({ line: lineOf(m.index), message: `a ${m[1]!.toLowerCase()}: link would run code or hide content: link to a https:// page instead` });
  }
  return problems.sort((a, b) => a.line - b.line);
}
