import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../../../test/e2e/server';
import { coupleOver, type HttpCaller } from '../../testing/http-caller';
import { type TestDatabase, testDatabase } from '../../testing/test-app';

// Every write the server acknowledged must be there after the process is killed without warning
// (kill -9) and started again on the same data: the embedded database's folder or the PostgreSQL
// database. Several phones write at once; the kill lands while their requests are in flight.
// About 20 s on an idle machine; the generous limit only keeps a hung server from hanging the run.

const CYCLES = 3;
const WRITES_PER_CYCLE = 100;
const database = process.env.TEST_DB === 'postgres' ? 'PostgreSQL' : 'the embedded database';

interface Acknowledged {
  journal: Map<string, string>;
  agreements: Map<string, string>;
  /** The numbers of the pulse notes acknowledged, in the order they were written. */
  pulses: number[];
}

const acknowledged: Acknowledged = { journal: new Map(), agreements: new Map(), pulses: [] };
let db: TestDatabase | null = null;
let server: RunningServer | null = null;
const dataDir = mkdtempSync(join(tmpdir(), 'tend-durability-'));

afterAll(async () => {
  await server?.stop('SIGKILL');
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

it(`loses no acknowledged write when the server is killed mid-stream (${database})`, async () => {
  db = await testDatabase();
  const start = (port?: number) =>
    startServer({ dataDir, ...(port && { port }), ...(db?.url && { databaseUrl: db.url }) });
  server = await start();
  const { alex, sam } = await coupleOver(server.url);
  const { day } = await sam.expect<{ day: string }>(200, 'GET', '/api/pulse');
  let sequence = 0;

  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    let isRunning = true;
    const keepWriting = async (write: () => Promise<void>) => {
      // A refused or cut connection ends the stream: that write was never acknowledged. Any
      // other refusal is a failure of its own.
      while (isRunning) {
        try {
          await write();
        } catch (error) {
          if (!(error instanceof TypeError)) throw error;
          isRunning = false;
        }
      }
    };
    const writers = [
      keepWriting(() => writeJournal(alex, ++sequence)),
      keepWriting(() => writeJournal(sam, ++sequence)),
      keepWriting(() => proposeAgreement(alex, ++sequence)),
      keepWriting(() => checkIn(sam, day, ++sequence)),
    ];
    // Enough writes to matter, however busy the machine, then the kill at a moment of chance.
    const before = countAcknowledged();
    const enoughBy = Date.now() + 8_000;
    while (countAcknowledged() - before < WRITES_PER_CYCLE && Date.now() < enoughBy) await pause(20);
    await pause(Math.random() * 200);
    await server.stop('SIGKILL');
    isRunning = false;
    await Promise.all(writers);

    // The same folder and database, the same address: the phones carry on with their sessions.
    server = await start(server.port);
    expect(await lostWrites(alex, sam)).toEqual({ journal: 0, agreements: 0, pulses: 0, duplicates: 0 });
  }

  const total = countAcknowledged();
  const lost = await lostWrites(alex, sam);
  console.log(
    `durability on ${database}: ${CYCLES} kills, ${total} writes acknowledged ` +
      `(${acknowledged.journal.size} journal entries, ${acknowledged.agreements.size} agreements, ` +
      `${acknowledged.pulses.length} pulse edits), ` +
      `${lost.journal + lost.agreements + lost.pulses} lost, ${lost.duplicates} duplicates`,
  );
  expect(acknowledged.journal.size).toBeGreaterThan(0);
  expect(acknowledged.agreements.size).toBeGreaterThan(0);
  expect(acknowledged.pulses.length).toBeGreaterThan(0);
}, 300_000);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const countAcknowledged = () =>
  acknowledged.journal.size + acknowledged.agreements.size + acknowledged.pulses.length;

async function writeJournal(caller: HttpCaller, n: number): Promise<void> {
  const text = `Entry ${n}: a quiet evening, and I noticed I wanted to be closer.`;
  const entry = await caller.expect<{ id: string }>(201, 'POST', '/api/journal', {
    text,
    promptId: null,
    feelings: [],
  });
  acknowledged.journal.set(entry.id, text);
}

async function proposeAgreement(caller: HttpCaller, n: number): Promise<void> {
  const wording = `Agreement ${n}: we put our phones away at dinner.`;
  const agreement = await caller.expect<{ id: string }>(201, 'POST', '/api/agreements', {
    category: 'technology',
    wording,
  });
  acknowledged.agreements.set(agreement.id, wording);
}

async function checkIn(caller: HttpCaller, day: string, n: number): Promise<void> {
  await caller.expect(200, 'PUT', `/api/pulse/days/${day}`, {
    closeness: (n % 5) + 1,
    energy: 3,
    stressors: [],
    note: `Pulse ${n}`,
    isNoteShared: false,
    answer: null,
    isAnswerShared: false,
  });
  acknowledged.pulses.push(n);
}

/** How many acknowledged writes the restarted server cannot show, read back through the API. */
async function lostWrites(alex: HttpCaller, sam: HttpCaller) {
  type Entries = { entries: Array<{ id: string; text: string }> };
  const journal = new Map<string, string>();
  for (const caller of [alex, sam]) {
    const { entries } = await caller.expect<Entries>(200, 'GET', '/api/journal');
    for (const entry of entries) journal.set(entry.id, entry.text);
  }
  type Ledger = { agreements: Array<{ id: string; pending: { wording: string } | null }> };
  const texts = [...journal.values()];
  const ledger = await sam.expect<Ledger>(200, 'GET', '/api/agreements');
  const agreements = new Map(ledger.agreements.map((a) => [a.id, a.pending?.wording]));
  type Today = { mine: { note: string | null } | null };
  const { mine } = await sam.expect<Today>(200, 'GET', '/api/pulse');
  // A later edit may have landed without its answer; an acknowledged one must never be undone.
  const stored = Number(mine?.note?.replace('Pulse ', '') ?? 0);
  return {
    journal: [...acknowledged.journal].filter(([id, text]) => journal.get(id) !== text).length,
    agreements: [...acknowledged.agreements].filter(([id, text]) => agreements.get(id) !== text).length,
    pulses: acknowledged.pulses.filter((n) => n > stored).length,
    // Every entry's words are unique: the same words twice would be a write applied twice.
    duplicates: texts.length - new Set(texts).size,
  };
}
