declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty embedded database as a dump file (server-pglite project). */
    pgliteDumpPath: string;
    /** A migrated, empty PostgreSQL database to copy per test file (server-postgres project). */
    postgresTemplate: { adminUrl: string; template: string };
  }
}

export {};
