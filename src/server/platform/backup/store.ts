import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';

/**
 * The SQL of backup and restore. It reads the schema from the database itself, so a table a room
 * adds later is included without a change here.
 */

type Rows = Array<Record<string, unknown>>;
const rowsOf = (result: unknown): Rows => (result as { rows: Rows }).rows;
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every table of the app, parents before the tables that refer to them. */
export async function listTables(db: Db): Promise<string[]> {
  const tables = rowsOf(
    await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`),
  ).map((r) => String(r.tablename));
  const links = rowsOf(
    await db.execute(sql`
      select child.relname as child, parent.relname as parent
      from pg_constraint c
      join pg_class child on child.oid = c.conrelid
      join pg_class parent on parent.oid = c.confrelid
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace`),
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const link of links) {
    if (link.child !== link.parent) parents.get(String(link.child))?.add(String(link.parent));
  }
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/** How many migrations the database has applied: a backup restores only into the same schema. */
export async function countMigrations(db: Db): Promise<number> {
  const [row] = rowsOf(await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
  return Number(row?.n ?? 0);
}

/** One page of a table's rows as JSON text, after the row at `after` (a ctid), in storage order. */
export async function readPage(db: Db, table: string, after: string, limit: number) {
  const rows = rowsOf(
    await db.execute(
      sql`select t.ctid::text as at, row_to_json(t)::text as row from ${sql.raw(quoted(table))} t
          where t.ctid > ${after}::tid order by t.ctid limit ${limit}`,
    ),
  );
  return rows.map((r) => ({ at: String(r.at), row: String(r.row) }));
}

export async function countRows(db: Db, table: string): Promise<number> {
  const [row] = rowsOf(await db.execute(sql`select count(*)::int as n from ${sql.raw(quoted(table))}`));
  return Number(row?.n ?? 0);
}

/** Inserts rows given as JSON objects; the table's own column types turn the text back into values. */
export async function insertRows(db: Db, table: string, rowsJson: string): Promise<void> {
  await db.execute(
    sql`insert into ${sql.raw(quoted(table))}
        select * from json_populate_recordset(null::${sql.raw(quoted(table))}, ${rowsJson}::json)`,
  );
}
