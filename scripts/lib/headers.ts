// Reads a `_headers` file (the format Netlify and Cloudflare Pages use): a URL path on its own
// line, then indented `Name: value` lines for the headers sent with every path it matches. In a
// path, `*` matches anything (including "/") and `:name` matches one path segment. Lines starting
// with "#" are comments. When several rules set the same header, the later rule wins.

export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

function matcher(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The headers for one URL path, from every rule that matches it. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (matcher(rule.pattern).test(pathname)) for (const [name, value] of rule.headers) out[name] = value;
  }
  return out;
}
