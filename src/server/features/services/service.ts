import { randomUUID } from 'node:crypto';
import type { LocalService, ServiceList, ServiceSearch } from '../../../core/contracts/services';
import {
  DIRECTORY_MAX,
  directoryKey,
  matchesSearch,
  type ServiceCost,
  type ServiceKind,
} from '../../../core/services/directory';
import {
  type DirectoryEntry,
  readDirectoryCsv,
  writeDirectoryCsv,
} from '../../../core/services/directory-csv';
import { conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import type { LocalServiceRow, ServiceColumns } from './store';
import * as store from './store';

const missing = () => notFound('There is no such service in the directory.');
const tooMany = () =>
  conflict('DIRECTORY_FULL', `The directory holds at most ${DIRECTORY_MAX} services. Remove some first.`);

export interface ImportResult {
  added: number;
  changed: number;
  /** Each problem with its line; when there are any, nothing was imported. */
  errors: string[];
}

function present(row: LocalServiceRow): LocalService {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    kind: row.kind as ServiceKind,
    area: row.area,
    postcodePrefix: row.postcodePrefix,
    country: row.country,
    address: row.address,
    phone: row.phone,
    web: row.web,
    languages: row.languages,
    cost: row.cost as ServiceCost,
    notes: row.notes,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function columnsOf(entry: DirectoryEntry, now: Date): ServiceColumns {
  const orNull = (value: string | undefined) => value || null;
  return {
    name: entry.name,
    kind: entry.kind,
    area: entry.area,
    postcodePrefix: orNull(entry.postcodePrefix),
    country: orNull(entry.country?.toUpperCase()),
    address: orNull(entry.address),
    phone: orNull(entry.phone),
    web: orNull(entry.web),
    languages: entry.languages,
    cost: entry.cost,
    notes: orNull(entry.notes),
    updatedAt: now,
  };
}

/**
 * The local services directory. Searching reads only: it writes no row, logs nothing of the
 * search and tells nobody, so looking for help leaves no trace a partner could find.
 */
export function createServicesDirectory(platform: Pick<Platform, 'database' | 'clock'>) {
  const { db } = platform.database;
  const { clock } = platform;

  async function readService(id: string): Promise<LocalServiceRow> {
    const row = await store.findService(db, id);
    if (!row) throw missing();
    return row;
  }

  async function refuseDuplicate(key: string, exceptId: string | null) {
    const same = await store.findServiceByKey(db, key);
    if (same && same.id !== exceptId)
      throw conflict(
        'DUPLICATE_SERVICE',
        'A service with this name is already listed in this area. Change that one, or give this one another name or area.',
      );
  }

  return {
    async search(search: ServiceSearch): Promise<ServiceList> {
      const rows = await store.listServices(db);
      return {
        services: rows.filter((row) => matchesSearch(present(row), search)).map(present),
        total: rows.length,
      };
    },

    async add(entry: DirectoryEntry): Promise<LocalService> {
      const key = directoryKey(entry);
      await refuseDuplicate(key, null);
      if ((await store.countServices(db)) >= DIRECTORY_MAX) throw tooMany();
      const now = clock.now();
      const row: LocalServiceRow = { id: randomUUID(), key, createdAt: now, ...columnsOf(entry, now) };
      await store.insertService(db, row);
      return present(row);
    },

    /**
     * An operator's own key from a file stays, so importing that file again still finds the entry;
     * a key made of the name and area follows them.
     */
    async change(id: string, entry: DirectoryEntry): Promise<LocalService> {
      const row = await readService(id);
      const hasOwnKey = row.key !== directoryKey({ name: row.name, area: row.area });
      const key = hasOwnKey ? row.key : directoryKey(entry);
      if (!hasOwnKey) await refuseDuplicate(key, id);
      const change = { key, ...columnsOf(entry, clock.now()) };
      await store.updateService(db, id, change);
      return present({ ...row, ...change });
    },

    async remove(id: string): Promise<void> {
      await readService(id);
      await store.deleteService(db, id);
    },

    /** All of a file or nothing: a file with any bad row imports none and says what to fix. */
    async importFile(text: string): Promise<ImportResult> {
      const file = readDirectoryCsv(text);
      if (file.errors.length > 0) return { added: 0, changed: 0, errors: file.errors };
      const now = clock.now();
      const rows = file.rows.map(
        (r): LocalServiceRow => ({
          id: randomUUID(),
          key: r.key,
          createdAt: now,
          ...columnsOf(r.entry, now),
        }),
      );
      const before = await store.countServices(db);
      if (before + rows.length > DIRECTORY_MAX) {
        return { added: 0, changed: 0, errors: [`the directory holds at most ${DIRECTORY_MAX} services`] };
      }
      const added = await store.upsertServices(db, rows);
      return { added, changed: rows.length - added, errors: [] };
    },

    async exportFile(): Promise<{ text: string; count: number }> {
      const rows = await store.listServices(db);
      return { text: writeDirectoryCsv(rows), count: rows.length };
    },

    isOperator: (personId: string) => store.isOperator(db, personId),

    /** Returns false when no account has this email. */
    async grant(email: string): Promise<boolean> {
      const personId = await store.findPersonIdByEmail(db, email);
      if (!personId) return false;
      await store.grantOperator(db, personId, clock.now());
      return true;
    },

    /** Returns whether an account with this email was an operator. */
    async revoke(email: string): Promise<boolean | null> {
      const personId = await store.findPersonIdByEmail(db, email);
      if (!personId) return null;
      return store.revokeOperator(db, personId);
    },
  };
}

export type ServicesDirectory = ReturnType<typeof createServicesDirectory>;
