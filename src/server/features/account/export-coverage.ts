import { getTableName } from 'drizzle-orm';
import { EXPORT_PIECES } from './export/rooms';

/**
 * Tables that hold nothing that is one person's, each with the reason. Every other table must be
 * part of some room's export piece; the coverage test reads the database's tables and fails on
 * any table that is neither.
 */
export const NOT_PERSONAL: Readonly<Record<string, string>> = {
  auth_verification: 'one-hour password reset tokens: secrets, not something a person wrote or chose',
  throttle: 'attempt counters keyed by hashes, shared by the whole instance',
  job: 'work waiting to run, ids only; what it refers to is exported from its own room',
  local_service: 'the directory of local help, curated by the operator for everyone',
  idempotent_request:
    'copies of answers already given, kept an hour so a retried request is not applied twice',
  ritual_feed: 'a hash of the secret calendar link: the rituals it lists are exported with the rituals',
};

/** Every table some room's export reads, by its SQL name. */
export function exportedTables(): Set<string> {
  return new Set(EXPORT_PIECES.flatMap((piece) => piece.tables.map((t) => getTableName(t))));
}
