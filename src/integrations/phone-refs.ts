// Markdown (Sätteri hast plugin): a `phone:` link (`<phone:service-id>`, see src/lib/phone-refs.ts)
// becomes the service's number with its tel:/sms: link, taken from the service's own file. The
// content check has already refused any link that names no number, so one here is a bug.
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { parsePhoneRef, type PhoneLink } from '../lib/phone-refs.ts';

type HastPlugin = Extract<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], { name: string }>;

export function phoneRefLinks(book: ReadonlyMap<string, readonly PhoneLink[]>): HastPlugin {
  return {
    name: 'signpost-phone-refs',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const ref = parsePhoneRef(node.properties?.href);
        if (!ref) return;
        const link = book.get(ref.service)?.[ref.index];
        if (!link) throw new Error(`no phone ${ref.index + 1} for service "${ref.service}" (the content check should have refused this)`);
        ctx.replaceNode(node, { type: 'element', tagName: 'a', properties: { href: link.href }, children: [{ type: 'text', value: link.text }] });
      },
    },
  };
}
