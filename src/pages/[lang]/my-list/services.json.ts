// The services as the "my list" page shows them, one file per language. The list page loads it
// only when JavaScript runs, so the page itself stays small however many services there are.
import type { APIRoute } from 'astro';
import { listEntry } from '../../../components/directory-props.ts';
import { getServices, localeParams } from '../../../data/site.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang!;
  const entries = (await getServices(lang)).map((s) => listEntry(lang, s.id, s.data, s.text));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
