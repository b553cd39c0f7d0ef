import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { type Database, type Db, migrationsFolder } from './database';

// Any fixed number works; it only has to be the same in every instance of Tend.
const MIGRATION_LOCK = 7_326_311;

/** A PostgreSQL server through a connection pool; LISTEN runs on one dedicated connection. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {
    // An idle connection dropped by the server; the pool replaces it on next use.
  });
  await migrateOnce(pool);
  const db = drizzle({ client: pool }) as unknown as Db;
  const listener = new Listener(url);
  return {
    kind: 'postgresql',
    db,
    listen: (channel, onMessage) => listener.listen(channel, onMessage),
    async notify(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

/** Several instances may start together: the advisory lock lets one migrate while the others wait. */
async function migrateOnce(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle({ client }), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/** Keeps one connection listening, and reconnects (re-listening) if the server drops it. */
class Listener {
  private client: pg.Client | null = null;
  private readonly handlers = new Map<string, Array<(payload: string) => void>>();
  private closed = false;
  private connecting: Promise<pg.Client> | null = null;

  constructor(private readonly url: string) {}

  async listen(channel: string, onMessage: (payload: string) => void): Promise<void> {
    const list = this.handlers.get(channel) ?? [];
    list.push(onMessage);
    this.handlers.set(channel, list);
    const client = await this.connect();
    if (list.length === 1) await client.query(`listen ${pg.escapeIdentifier(channel)}`);
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    for (const channel of this.handlers.keys()) await client.query(`listen ${pg.escapeIdentifier(channel)}`);
    this.client = client;
    return client;
  }

  private reconnect(lost: pg.Client): void {
    if (this.closed || this.client !== lost) return;
    this.client = null;
    const retry = (delay: number) => {
      if (this.closed) return;
      this.connect().catch(() => setTimeout(() => retry(Math.min(delay * 2, 30_000)), delay));
    };
    setTimeout(() => retry(500), 100);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
