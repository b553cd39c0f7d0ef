import { z } from 'zod';
import {
  JournalEntryInputSchema,
  JournalEntryParamsSchema,
  JournalEntrySchema,
  JournalListSchema,
  JournalSearchSchema,
  NoteListSchema,
  NoteParamsSchema,
} from '../../../core/contracts/journal';
import { defineRoute, type Route } from '../../platform/http/route';
import type { JournalService } from './service';

export function journalRoutes(journal: JournalService): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/journal',
      summary: 'Your own journal entries, newest first; search the words or filter by a feeling',
      access: 'person',
      query: JournalSearchSchema,
      response: JournalListSchema,
      handler: async ({ person, query }) => journal.list(person, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/journal',
      isIdempotent: true,
      summary: 'Write a private journal entry',
      access: 'person',
      body: JournalEntryInputSchema,
      response: JournalEntrySchema,
      status: 201,
      handler: async ({ person, body }) => journal.create(person, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/journal/:entryId',
      summary: 'One of your journal entries',
      access: 'person',
      params: JournalEntryParamsSchema,
      response: JournalEntrySchema,
      handler: async ({ person, params }) => journal.get(person, params.entryId),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/journal/:entryId',
      summary: 'Change one of your journal entries',
      access: 'person',
      params: JournalEntryParamsSchema,
      body: JournalEntryInputSchema,
      response: JournalEntrySchema,
      handler: async ({ person, params, body }) => journal.update(person, params.entryId, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/journal/:entryId',
      summary: 'Delete one of your journal entries (notes shared from it stay)',
      access: 'person',
      params: JournalEntryParamsSchema,
      handler: async ({ person, params }) => journal.remove(person, params.entryId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/journal/:entryId/share',
      isIdempotent: true,
      summary: 'Share a copy of an entry’s words with your partner as a note',
      access: 'person',
      params: JournalEntryParamsSchema,
      body: z.strictObject({}),
      response: NoteListSchema,
      status: 201,
      handler: async ({ person, params }) => journal.share(person, params.entryId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/notes',
      summary: 'The notes you and your partner shared with each other',
      access: 'member',
      response: NoteListSchema,
      handler: async ({ member }) => journal.notes(member),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/notes/:noteId',
      summary: 'Take back a note you shared',
      access: 'member',
      params: NoteParamsSchema,
      handler: async ({ member, params }) => journal.removeNote(member, params.noteId),
    }),
  ];
}
