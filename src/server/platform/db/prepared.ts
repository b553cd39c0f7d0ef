import type { Db } from './database';

/**
 * A query built once per database and only executed after that. Building the SQL costs more than
 * running a simple lookup, so the queries every signed-in request makes are prepared.
 */
export function preparedFor<Query>(build: (db: Db) => Query): (db: Db) => Query {
  const built = new WeakMap<Db, Query>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
