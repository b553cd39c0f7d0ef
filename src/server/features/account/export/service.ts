import type { Person } from '../../../platform/auth/session';
import type { Platform } from '../../../platform/platform';
import { toIcs } from './ics';
import type { ExportReader } from './piece';
import { EXPORT_PIECES } from './rooms';

/** Bumped when the file's shape changes, so a reader of old exports can tell them apart. */
export const EXPORT_FORMAT = 1;

export function createExportService(
  platform: Platform,
  spaceIdOf: (personId: string) => Promise<string | null>,
) {
  const { clock } = platform;
  const { db } = platform.database;

  const readerFor = async (person: Person): Promise<ExportReader> => ({
    db,
    personId: person.id,
    spaceId: await spaceIdOf(person.id),
  });

  return {
    /** Everything that is this person's, one section per room, with the date for the file's name. */
    async everything(person: Person): Promise<{ day: string; file: Record<string, unknown> }> {
      const reader = await readerFor(person);
      const now = clock.now();
      const file: Record<string, unknown> = { format: EXPORT_FORMAT, exportedAt: now.toISOString() };
      for (const piece of EXPORT_PIECES) file[piece.room] = await piece.collect(reader);
      return { day: now.toISOString().slice(0, 10), file };
    },

    /** What each room puts in a calendar, as one .ics file. */
    async calendar(person: Person): Promise<{ day: string; ics: string }> {
      const reader = await readerFor(person);
      const now = clock.now();
      const events = [];
      for (const piece of EXPORT_PIECES) if (piece.calendar) events.push(...(await piece.calendar(reader)));
      return { day: now.toISOString().slice(0, 10), ics: toIcs(events, now) };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
