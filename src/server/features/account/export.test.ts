import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTables } from '../../platform/backup/store';
import { signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { ALEX_JOURNAL, coupleWithHistory, SAM_PRIVATE } from './data-rights.fixtures';
import { exportedTables, NOT_PERSONAL } from './export-coverage';

let app: TestApp;
let world: Awaited<ReturnType<typeof coupleWithHistory>>;
beforeAll(async () => {
  app = await startTestApp();
  world = await coupleWithHistory(app);
});
afterAll(() => app.close());

/** RFC 5545 §3.1: a line that starts with a space or tab continues the one before it. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('the JSON export', () => {
  it('downloads as a dated attachment with everything that is Alex’s', async () => {
    const reply = await world.alex.client.get('/api/account/export');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-disposition']).toBe('attachment; filename="tend-export-2026-03-02.json"');
    const text = JSON.stringify(reply.body);
    for (const words of [
      ALEX_JOURNAL,
      'Alex’s own pulse note',
      'Alex’s own need',
      'Alex’s own draft',
      'Alex’s own commitment',
      'I will say so sooner',
      'Alex’s apology, sent',
      'Thank you for the tea, from Alex',
      'Thank you for listening, from Sam',
      'We walked together, noted by Alex',
      'Phones away at dinner',
      'Alex said: I missed you this week',
    ])
      expect(text).toContain(words);
    expect(reply.body.account.account).toMatchObject({ name: 'Alex', email: world.alex.email });
    expect(reply.body.account.sessions[0]).toHaveProperty('device');
    expect(reply.body.talks.talks).toHaveLength(2);
    expect(reply.body.appreciations.received).toHaveLength(1);
    expect(reply.body.notifications).toHaveProperty('preferences');
  });

  it('never carries a password hash, a session token or a push key', async () => {
    const text = JSON.stringify((await world.alex.client.get('/api/account/export')).body);
    expect(text).not.toMatch(/argon2|"password"|"token"|p256dh/);
    const cookie = world.alex.client.cookieHeader().split('=')[1]?.split('.')[0] ?? 'missing';
    expect(text).not.toContain(cookie);
  });

  it('never carries the partner’s private items, and the partner’s own export lacks Alex’s', async () => {
    const alexFile = JSON.stringify((await world.alex.client.get('/api/account/export')).body);
    for (const words of SAM_PRIVATE) expect(alexFile).not.toContain(words);
    const samFile = JSON.stringify((await world.sam.client.get('/api/account/export')).body);
    for (const words of [
      ALEX_JOURNAL,
      'Alex’s own pulse note',
      'Alex’s own need',
      'Alex’s own draft',
      'Alex’s own commitment',
    ])
      expect(samFile).not.toContain(words);
    expect(samFile).toContain('Sam’s private feelings, not yet answered');
    // What Alex shared is Sam's history too.
    expect(samFile).toContain('Alex said: I missed you this week');
    expect(samFile).toContain('Thank you for the tea, from Alex');
  });

  it('works for someone without a space, and refuses anyone signed out', async () => {
    const robin = await signUp(app.http, 'Robin');
    const reply = await robin.client.get('/api/account/export');
    expect(reply.status).toBe(200);
    expect(reply.body.space.space).toBeNull();
    const signedOut = await world.alex.client.request('GET', '/api/account/export', undefined, {
      cookie: '',
    });
    expect(signedOut.status).toBe(401);
  });
});

describe('the calendar export', () => {
  it('is a valid calendar with the scheduled talk', async () => {
    const reply = await world.alex.client.get('/api/account/export.ics');
    expect(reply.status).toBe(200);
    expect(String(reply.headers['content-type'])).toMatch(/^text\/calendar/);
    expect(reply.headers['content-disposition']).toMatch(/^attachment; filename="tend-calendar-.*\.ics"$/);
    const raw = String(reply.body);
    expect(raw.endsWith('\r\n')).toBe(true);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const lines = unfold(raw).filter((l) => l !== '');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    const events = lines.filter((l) => l === 'BEGIN:VEVENT');
    expect(events).toHaveLength(1);
    const stamp = world.later
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(lines).toContain(`DTSTART:${stamp}`);
    expect(lines).toContain('SUMMARY:Talk: Money\\, calmly\\; with a comma');
    expect(lines).toContain(`UID:talk-${world.scheduledTalk.id}@tend`);
    for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DURATION'])
      expect(lines.filter((l) => l.startsWith(`${name}:`))).toHaveLength(1);
  });

  it('gives the partner the same scheduled talk, and a stranger an empty calendar', async () => {
    const sam = unfold(String((await world.sam.client.get('/api/account/export.ics')).body));
    expect(sam).toContain(`UID:talk-${world.scheduledTalk.id}@tend`);
    const kim = await signUp(app.http, 'Kim');
    const theirs = unfold(String((await kim.client.get('/api/account/export.ics')).body));
    expect(theirs.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(0);
  });
});

describe('export coverage', () => {
  it('exports every table or declares it as holding nothing personal', async () => {
    const tables = await listTables(app.platform.database.db);
    const exported = exportedTables();
    const missing = tables.filter((t) => !exported.has(t) && !(t in NOT_PERSONAL));
    expect(missing, 'add these tables to a room’s export piece, or to NOT_PERSONAL with a reason').toEqual(
      [],
    );
    // Every declaration names a real table, and none is both.
    for (const name of Object.keys(NOT_PERSONAL)) {
      expect(tables).toContain(name);
      expect(exported.has(name)).toBe(false);
    }
  });
});
