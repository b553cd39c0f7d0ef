import type { Table } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database';

/** Whose export is being made: the person, and their space when they have one. */
export interface ExportReader {
  db: Db;
  personId: string;
  spaceId: string | null;
}

/** Something for the calendar file: a scheduled talk, a ritual's time. */
export interface CalendarEvent {
  /** Stable across exports, so a calendar that imports twice updates instead of doubling. */
  uid: string;
  start: Date;
  minutes: number;
  summary: string;
  /** An RFC 5545 recurrence rule without the `RRULE:` prefix, for things that repeat. */
  rrule?: string;
}

/**
 * One room's part of a person's export. A room lists the tables it takes rows from, so the
 * coverage test knows every table is either exported or declared as holding nothing personal.
 */
export interface ExportPiece {
  /** The section's name in the JSON file. */
  room: string;
  tables: readonly Table[];
  collect(reader: ExportReader): Promise<Record<string, unknown>>;
  /** What this room puts in the calendar file, if anything. */
  calendar?(reader: ExportReader): Promise<CalendarEvent[]>;
}
