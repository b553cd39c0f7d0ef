import { z } from 'zod';
import { FEELINGS, JOURNAL_PROMPTS, JOURNAL_TEXT_MAX_LENGTH } from '../journal/prompts';
import { hasNoControls } from './text';

const promptIds = JOURNAL_PROMPTS.map((p) => p.id) as [string, ...string[]];

export const JournalEntryInputSchema = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1)
    .max(JOURNAL_TEXT_MAX_LENGTH)
    .refine(hasNoControls, 'must not contain control characters'),
  promptId: z.enum(promptIds).nullable(),
  feelings: z.array(z.enum(FEELINGS)).max(FEELINGS.length),
});
export type JournalEntryInput = z.infer<typeof JournalEntryInputSchema>;

export const JournalEntryParamsSchema = z.strictObject({ entryId: z.uuid() });
export const NoteParamsSchema = z.strictObject({ noteId: z.uuid() });

export const JournalSearchSchema = z.strictObject({
  q: z.string().max(200).optional(),
  feeling: z.enum(FEELINGS).optional(),
});

export const JournalEntrySchema = z.object({
  id: z.string(),
  text: z.string(),
  promptId: z.string().nullable(),
  feelings: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

export const JournalListSchema = z.object({ entries: z.array(JournalEntrySchema) });
export type JournalList = z.infer<typeof JournalListSchema>;

export const SharedNoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  authorName: z.string(),
  isMine: z.boolean(),
  createdAt: z.string(),
});
export type SharedNote = z.infer<typeof SharedNoteSchema>;

export const NoteListSchema = z.object({ notes: z.array(SharedNoteSchema) });
export type NoteList = z.infer<typeof NoteListSchema>;
