import { randomUUID } from 'node:crypto';
import { canChange, canSee, type Viewer } from '../../../core/access';
import type { JournalEntry, JournalEntryInput, JournalList, NoteList } from '../../../core/contracts/journal';
import type { Membership, Person } from '../../platform/auth/session';
import type { Db } from '../../platform/db/database';
import { conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import type { JournalEntryRow } from './store';
import * as store from './store';

const present = (row: JournalEntryRow): JournalEntry => ({
  id: row.id,
  text: row.text,
  promptId: row.promptId,
  feelings: row.feelings,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const missingEntry = () => notFound('That journal entry was not found.');
const missingNote = () => notFound('That note was not found.');

/**
 * The private journal. Every query is filtered by the caller's own id, and nothing here sends a
 * live event or a notification: the partner must not learn that an entry was even written.
 */
export function createJournalService(platform: Platform) {
  const { db } = platform.database;
  const { clock } = platform;

  async function own(person: Person, entryId: string): Promise<JournalEntryRow> {
    const row = await store.findEntry(db, person.id, entryId);
    const viewer: Viewer = { personId: person.id, spaceId: null };
    if (!row || !canSee(viewer, { ownerId: row.personId, spaceId: null, isShared: false }))
      throw missingEntry();
    return row;
  }

  return {
    /** Shared notes follow their author who joins a partner from a space of their own. */
    moveToSpace: (tx: Db, personId: string, fromSpaceId: string, toSpaceId: string) =>
      store.moveNotes(tx, personId, fromSpaceId, toSpaceId),

    async list(
      person: Person,
      filter: { q?: string | undefined; feeling?: string | undefined },
    ): Promise<JournalList> {
      const q = filter.q?.trim();
      const rows = await store.listEntries(db, person.id, {
        ...(q && { q }),
        ...(filter.feeling && { feeling: filter.feeling }),
      });
      return { entries: rows.map(present) };
    },

    async get(person: Person, entryId: string): Promise<JournalEntry> {
      return present(await own(person, entryId));
    },

    async create(person: Person, input: JournalEntryInput): Promise<JournalEntry> {
      const now = clock.now();
      const row: JournalEntryRow = {
        id: randomUUID(),
        personId: person.id,
        text: input.text,
        promptId: input.promptId,
        feelings: [...new Set(input.feelings)],
        createdAt: now,
        updatedAt: now,
      };
      await store.insertEntry(db, row);
      return present(row);
    },

    async update(person: Person, entryId: string, input: JournalEntryInput): Promise<JournalEntry> {
      await own(person, entryId);
      const row = await store.updateEntry(db, person.id, entryId, {
        text: input.text,
        promptId: input.promptId,
        feelings: [...new Set(input.feelings)],
        updatedAt: clock.now(),
      });
      if (!row) throw missingEntry();
      return present(row);
    },

    async remove(person: Person, entryId: string): Promise<void> {
      if (!(await store.deleteEntry(db, person.id, entryId))) throw missingEntry();
    },

    /** Copies the entry's words, as they are now, into a note the partner can read. */
    async share(person: Person, entryId: string): Promise<NoteList> {
      const row = await own(person, entryId);
      const spaceId = await store.findSpaceOf(db, person.id);
      if (!spaceId) throw conflict('NO_SPACE', 'Sharing a note needs a shared space with your partner.');
      await store.insertNote(db, {
        id: randomUUID(),
        spaceId,
        authorId: person.id,
        text: row.text,
        createdAt: clock.now(),
      });
      return this.notes({ spaceId, personId: person.id });
    },

    async notes(member: Membership): Promise<NoteList> {
      const rows = await store.listNotes(db, member.spaceId);
      return {
        notes: rows.map((n) => ({
          id: n.id,
          text: n.text,
          authorName: n.authorName,
          isMine: n.authorId === member.personId,
          createdAt: n.createdAt.toISOString(),
        })),
      };
    },

    async removeNote(member: Membership, noteId: string): Promise<void> {
      const note = await store.findNote(db, member.spaceId, noteId);
      if (!note) throw missingNote();
      const viewer: Viewer = { personId: member.personId, spaceId: member.spaceId };
      if (!canChange(viewer, { ownerId: note.authorId, spaceId: note.spaceId, isShared: true })) {
        throw missingNote();
      }
      await store.deleteNote(db, note.id);
    },
  };
}

export type JournalService = ReturnType<typeof createJournalService>;
