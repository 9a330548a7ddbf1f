import { z } from 'zod';
import { idSchema } from './common.ts';

/** A council area the site serves, with the main towns people know it by. */
export const districtSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Main towns and villages, shown as hints and used by the town search. Not exhaustive. */
  towns: z.array(z.string().min(1)).min(1, { error: 'list at least one town' }),
});

export type District = z.output<typeof districtSchema>;
