import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, couple } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import * as store from './store';

let app: TestApp;
const retried = { requests: 0, duplicates: 0 };
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  console.log(
    `idempotency on ${process.env.TEST_DB === 'postgres' ? 'PostgreSQL' : 'the embedded database'}: ` +
      `${retried.requests} requests sent with a key already used, ${retried.duplicates} duplicates`,
  );
  await app.close();
});

const withKey = (client: Client, url: string, body: unknown, key: string) =>
  client.request('POST', url, body, { 'idempotency-key': key });

// Each way of writing something new, and how to find what it wrote afterwards.
const writes = [
  {
    name: 'a journal entry',
    url: '/api/journal',
    body: { text: 'I felt far away tonight.', promptId: null, feelings: [] },
    count: async (c: Client) => (await c.get('/api/journal')).body.entries.length,
  },
  {
    name: 'an appreciation',
    url: '/api/appreciations',
    body: { text: 'Thank you for making tea this morning.' },
    count: async (c: Client) => (await c.get('/api/appreciations')).body.sent.length,
  },
  {
    name: 'a win',
    url: '/api/wins',
    body: { text: 'We talked about money without raising our voices.' },
    count: async (c: Client) => (await c.get('/api/wins')).body.wins.length,
  },
  {
    name: 'an agreement',
    url: '/api/agreements',
    body: { category: 'time', wording: 'Sunday mornings are ours, phones away.' },
    count: async (c: Client) => (await c.get('/api/agreements')).body.agreements.length,
  },
];

describe('a request sent with an Idempotency-Key', () => {
  it.each(writes)('writes $name once, however often it is retried at once and later', async (write) => {
    const { alex } = await couple(app.http);
    const key = randomUUID();
    const parallel = await Promise.all([1, 2, 3].map(() => withKey(alex.client, write.url, write.body, key)));
    const later = await withKey(alex.client, write.url, write.body, key);
    const answers = [...parallel, later];
    for (const answer of answers) expect(answer.status).toBe(parallel[0]?.status);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(later.headers['idempotent-replayed']).toBe('true');
    const count = await write.count(alex.client);
    retried.requests += answers.length - 1;
    retried.duplicates += count - 1;
    expect(count).toBe(1);
  });

  it('writes again for a new key: two taps on purpose are two entries', async () => {
    const { alex } = await couple(app.http);
    const [write] = writes;
    if (!write) throw new Error('no write');
    await withKey(alex.client, write.url, write.body, randomUUID());
    await withKey(alex.client, write.url, write.body, randomUUID());
    expect(await write.count(alex.client)).toBe(2);
  });

  it('keeps one person’s key apart from another’s', async () => {
    const { alex, sam } = await couple(app.http);
    const key = randomUUID();
    const body = { text: 'Thank you.' };
    const [fromAlex, fromSam] = await Promise.all([
      withKey(alex.client, '/api/appreciations', body, key),
      withKey(sam.client, '/api/appreciations', body, key),
    ]);
    expect(fromAlex.body.id).not.toBe(fromSam.body.id);
    expect(fromSam.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses the same key for a different request with a 422 that says what to do', async () => {
    const { alex } = await couple(app.http);
    const key = randomUUID();
    await withKey(alex.client, '/api/wins', { text: 'A calm evening.' }, key);
    const reused = await withKey(alex.client, '/api/wins', { text: 'Another one.' }, key);
    expect(reused.status).toBe(422);
    expect(reused.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: /new key/ });
    expect((await alex.client.get('/api/wins')).body.wins).toHaveLength(1);
  });

  it('refuses a malformed key before doing anything', async () => {
    const { alex } = await couple(app.http);
    const reply = await withKey(alex.client, '/api/wins', { text: 'A calm evening.' }, 'no spaces!');
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toHaveProperty('Idempotency-Key');
    expect((await alex.client.get('/api/wins')).body.wins).toHaveLength(0);
  });

  it('keeps no refusal: a retry after one runs again', async () => {
    const { alex } = await couple(app.http);
    const key = randomUUID();
    const missing = `/api/repairs/${randomUUID()}/send`;
    expect((await withKey(alex.client, missing, {}, key)).status).toBe(404);
    expect((await withKey(alex.client, missing, {}, key)).headers['idempotent-replayed']).toBeUndefined();
  });

  it('forgets an answer after an hour, and the hourly sweep deletes it', async () => {
    const { alex } = await couple(app.http);
    const key = randomUUID();
    await withKey(alex.client, '/api/wins', { text: 'A calm evening.' }, key);
    const id = { personId: alex.id, route: 'POST /api/wins', key };
    expect(await store.find(app.platform.database.db, id)).not.toBeNull();
    app.clock.advance(2 * 60 * 60_000);
    await app.platform.jobs.schedule({ kind: 'idempotency.sweep', payload: {}, runAt: app.clock.now() });
    await app.platform.jobs.runDue();
    expect(await store.find(app.platform.database.db, id)).toBeNull();
  });
});

describe('parallel edits of the same check-in', () => {
  it('leave one pulse for the day, not several', async () => {
    const { sam } = await couple(app.http);
    const { day } = (await sam.client.get('/api/pulse')).body;
    const pulse = (closeness: number) => ({
      closeness,
      energy: 3,
      stressors: [],
      note: null,
      isNoteShared: false,
      answer: null,
      isAnswerShared: false,
    });
    const replies = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => sam.client.put(`/api/pulse/days/${day}`, pulse(n))),
    );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(replies.map((r) => r.body.mine.id)).size).toBe(1);
    const { mine } = (await sam.client.get('/api/pulse')).body;
    expect(mine.id).toBe(replies[0]?.body.mine.id);
  });
});
