import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../testing/client';
import { LiveClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { ALEX_JOURNAL, coupleWithHistory } from './data-rights.fixtures';
import { GONE_WITH_PERSON } from './deletion';

const PASSWORD = 'a long enough password';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.http.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

const port = () => (app.http.server.address() as AddressInfo).port;

/** How many rows of a table still carry this person's id in this column. */
async function countRows(table: string, column: string, personId: string): Promise<number> {
  const result = await app.platform.database.db.execute(
    sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${personId}`,
  );
  return Number((result as unknown as { rows: Array<{ n: number }> }).rows[0]?.n);
}

describe('deleting an account', () => {
  it('asks for the password and deletes nothing when it is wrong or missing', async () => {
    const { alex } = await coupleWithHistory(app);
    const wrong = await alex.client.post('/api/account/delete', { password: 'not my password at all' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({
      code: 'WRONG_PASSWORD',
      fields: { password: 'does not match' },
    });
    expect((await alex.client.post('/api/account/delete', {})).status).toBe(400);
    expect((await alex.client.post('/api/account/delete', { password: 7 })).status).toBe(400);
    expect((await alex.client.get('/api/me')).status).toBe(200);
    expect(JSON.stringify((await alex.client.get('/api/journal')).body)).toContain(ALEX_JOURNAL);
  });

  it('allows five tries an hour, so a borrowed phone cannot guess its way in', async () => {
    const { alex } = await coupleWithHistory(app);
    for (let i = 0; i < 5; i++)
      expect((await alex.client.post('/api/account/delete', { password: `guess number ${i}` })).status).toBe(
        403,
      );
    const throttled = await alex.client.post('/api/account/delete', { password: PASSWORD });
    expect(throttled.status).toBe(429);
    expect((await alex.client.get('/api/me')).status).toBe(200);
  });

  it('leaves Sam the shared history, without anything that was Alex’s alone', async () => {
    const { alex, sam, talkId, agreementId, fightId } = await coupleWithHistory(app);
    // Alex answers the step Sam wrote (both see both), and has one more Sam has not answered yet.
    await alex.client.post(`/api/after-fights/${fightId}/steps/feelings`, { feelings: ['sad'] });
    await app.platform.database.db.execute(sql`
      insert into after_fight_entry (id, after_fight_id, person_id, step, feelings, text, created_at)
      values (gen_random_uuid(), ${fightId}, ${alex.id}, 'triggers', '{}', 'Alex’s unanswered step', now())`);
    const alexScreen = new LiveClient(port(), alex.client);
    const samScreen = new LiveClient(port(), sam.client);
    await alexScreen.next((e) => e.type === 'hello');
    await samScreen.next((e) => e.type === 'hello');

    const oldCookie = alex.client.cookieHeader();
    const reply = await alex.client.post('/api/account/delete', { password: PASSWORD });
    expect(reply.status).toBe(204);

    // Sam is told at once that the space changed; Alex's screen is closed.
    expect(await samScreen.next((e) => e.type === 'space.changed')).toMatchObject({ reason: 'left' });
    await alexScreen.closed();
    samScreen.close();

    // Alex's old cookie opens nothing any more.
    const stale = await new Client(app.http).request('GET', '/api/me', undefined, { cookie: oldCookie });
    expect(stale.status).toBe(401);

    // Sam keeps the talk as it was said, the appreciation Alex sent, the agreement and the wins.
    const talk = (await sam.client.get(`/api/talks/${talkId}`)).body;
    expect(JSON.stringify(talk)).toContain('Alex said: I missed you this week');
    const notes = JSON.stringify((await sam.client.get('/api/appreciations')).body);
    expect(notes).toContain('Thank you for the tea, from Alex');
    expect(notes).toContain('"hug"');
    const agreement = (await sam.client.get(`/api/agreements/${agreementId}`)).body;
    expect(JSON.stringify(agreement)).toContain('Phones away at dinner');
    expect(JSON.stringify((await sam.client.get('/api/wins')).body)).toContain(
      'We walked together, noted by Alex',
    );
    expect(JSON.stringify((await sam.client.get('/api/notes')).body)).toContain('A note Alex shared');
    const repairs = JSON.stringify((await sam.client.get('/api/repair')).body);
    expect(repairs).toContain('Alex’s apology, sent');
    expect((await sam.client.get('/api/space')).body.members).toHaveLength(1);
    // The ritual they shared stays in Sam's history; the one Alex kept alone is gone.
    const samExport = JSON.stringify((await sam.client.get('/api/account/export')).body);
    expect(samExport).toContain('Our evening walk');
    expect(samExport).not.toContain('Alex’s own stretch');
    expect(await countRows('ritual', 'proposer_id', alex.id)).toBe(1);

    // Nothing private of Alex's is left anywhere.
    for (const [table, column] of [
      ['journal_entry', 'person_id'],
      ['pulse', 'person_id'],
      ['personal_need', 'person_id'],
      ['notification', 'person_id'],
      ['auth_session', 'person_id'],
      ['person', 'id'],
    ] as const)
      expect(await countRows(table, column, alex.id), table).toBe(0);
    expect(repairs).not.toContain('Alex’s own draft');
    expect(await countRows('after_fight_entry', 'person_id', alex.id)).toBe(1);
    // The sent repair stays with Sam; the draft Alex never sent is gone.
    expect(await countRows('repair', 'person_id', alex.id)).toBe(1);

    // Sam's own things are untouched, and Sam's export still works.
    expect(JSON.stringify((await sam.client.get('/api/journal')).body)).toContain('Sam’s private journal');
    expect((await sam.client.get('/api/account/export')).status).toBe(200);
  });

  it('frees the email: signing up again makes a new person with nothing of the old one', async () => {
    const { alex } = await coupleWithHistory(app);
    await alex.client.post('/api/account/delete', { password: PASSWORD });
    const again = new Client(app.http);
    const reply = await again.post('/api/account/sign-up', {
      name: 'Alex',
      email: alex.email,
      password: PASSWORD,
    });
    expect(reply.status).toBe(201);
    expect(reply.body.id).not.toBe(alex.id);
    expect((await again.get('/api/journal')).body).toMatchObject({ entries: [] });
    expect(JSON.stringify((await again.get('/api/account/export')).body)).not.toContain(ALEX_JOURNAL);
  });

  it('closes a space Alex had alone', async () => {
    const alone = new Client(app.http);
    await alone.post('/api/account/sign-up', {
      name: 'Robin',
      email: 'robin.alone@example.org',
      password: PASSWORD,
    });
    await alone.post('/api/space');
    await alone.post('/api/appreciations', { text: 'never sent' });
    expect((await alone.post('/api/account/delete', { password: PASSWORD })).status).toBe(204);
    expect((await alone.get('/api/me')).status).toBe(401);
  });

  it('cascades only private tables from a deleted person', async () => {
    const result = await app.platform.database.db.execute(sql`
      select distinct child.relname as name
      from pg_constraint c join pg_class child on child.oid = c.conrelid
      where c.contype = 'f' and c.confrelid = 'person'::regclass and c.confdeltype = 'c'
      order by 1`);
    const cascading = (result as unknown as { rows: Array<{ name: string }> }).rows.map((r) => r.name);
    expect(cascading, 'a shared table must keep a plain id or SET NULL, a private one is declared').toEqual(
      [...GONE_WITH_PERSON].sort(),
    );
  });
});
