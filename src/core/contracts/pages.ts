import { z } from 'zod';

/** The most items one read of a list answers. */
export const MAX_LIST_LIMIT = 1000;

/**
 * A list read newest first opens on its latest items; `limit` asks for that many (the web's "Show
 * older" asks for a page more each time), and the answer's `hasOlder` says whether there are more.
 */
export const ListLimitSchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_LIST_LIMIT).optional(),
});
export type ListLimit = z.infer<typeof ListLimitSchema>;
