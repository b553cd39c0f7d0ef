import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, couple, signUp } from '../../testing/client';
import { startTestApp, type TestApp } from '../../testing/test-app';

/**
 * The access matrix. Every registered route must say who may call it; anonymous callers are
 * refused by every route that is not public; and for each route that reaches an item, the
 * partner and a member of another space are tried against Alex's things. A new route fails this
 * test until its row is declared below.
 */

type Who = 'stranger' | 'partner';
interface World {
  alex: Client;
  sam: Client;
  stranger: Client;
  robin: Client;
  alexSessionId: string;
  robinInviteId: string;
  spaceId: string;
  alexNotificationId: string;
  /** Alex and Sam's talk in progress, with words Alex typed in it. */
  talkId: string;
  entryId: string;
  /** An ended talk Alex rated privately. */
  endedTalkId: string;
  /** The pause Alex asked for. */
  pauseId: string;
  /** Alex's pulse for today, with a private note and a private answer. */
  pulseId: string;
  /** Alex's private journal entry. */
  journalId: string;
  /** A note Alex shared with Sam. */
  noteId: string;
  /** An appreciation Alex wrote to Sam. */
  appreciationId: string;
}
type Probe = (world: World, as: Who) => Promise<void>;

let app: TestApp;
let world: World;

/** Alex and Sam share a space; Kim has a space of their own; Robin, alone, has an open invitation. */
async function buildWorld(): Promise<World> {
  const { alex, sam, spaceId } = await couple(app.http);
  const stranger = await signUp(app.http, 'Kim');
  await stranger.client.post('/api/space');
  const robin = await signUp(app.http, 'Robin');
  await robin.client.post('/api/space');
  const invite = (await robin.client.post('/api/space/invites')).body;
  const alexSessionId = (await alex.client.get('/api/sessions')).body[0].id;
  const alexNotificationId = await app.notifications.notify(alex.id, 'appreciation.received', {
    partnerName: 'Sam',
  });
  await alex.client.patch('/api/notifications/preferences', { quietHours: { start: '21:30', end: '06:30' } });
  await alex.client.post('/api/notifications/push', alexPush);
  const newTalk = { topic: 'Our week', formatId: 'state-of-us', mode: 'remote', startsAt: null };
  const ended = (await alex.client.post('/api/talks', newTalk)).body;
  await alex.client.post(`/api/talks/${ended.id}/finish`);
  await alex.client.put(`/api/talks/${ended.id}/rating`, { feltHeard: 4 });
  const talk = (await alex.client.post('/api/talks', newTalk)).body;
  await sam.client.post(`/api/talks/${talk.id}/reply`, { answer: 'accept' });
  await alex.client.post(`/api/talks/${talk.id}/rules`);
  await sam.client.post(`/api/talks/${talk.id}/rules`);
  const entryId = (await alex.client.post(`/api/talks/${talk.id}/turn-end`, { text: 'Alex’s words' })).body
    .entries[0].id;
  const pause = (await alex.client.post('/api/pause', { minutes: 30 })).body.pause;
  const pulse = (await alex.client.put(`/api/pulse/days/${PULSE_DAY}`, alexPulse)).body.mine;
  const journal = (await alex.client.post('/api/journal', alexJournal)).body;
  const notes = (await alex.client.post(`/api/journal/${journal.id}/share`, {})).body.notes;
  await alex.client.put(`/api/journal/${journal.id}`, { ...alexJournal, text: 'Alex’s private journal' });
  const appreciation = (await alex.client.post('/api/appreciations', { text: 'Alex’s thanks' })).body;
  await alex.client.post('/api/gestures', { kind: 'hug', isForPartner: true });
  await alex.client.post('/api/wins', { text: 'Alex’s win' });
  return {
    journalId: journal.id,
    noteId: notes[0].id,
    appreciationId: appreciation.id,
    pulseId: pulse.id,
    alexNotificationId: alexNotificationId ?? '',
    talkId: talk.id,
    entryId,
    endedTalkId: ended.id,
    pauseId: pause.id,
    alex: alex.client,
    sam: sam.client,
    stranger: stranger.client,
    robin: robin.client,
    alexSessionId,
    robinInviteId: invite.id,
    spaceId,
  };
}

const alexPush = {
  endpoint: 'https://push.example.org/alex-browser',
  keys: { p256dh: 'B'.repeat(87), auth: 'a'.repeat(22) },
};
// The test clock's first morning, in Alex's Berlin and Sam's New York alike.
const PULSE_DAY = '2026-03-02';
const alexPulse = {
  closeness: 4,
  energy: 3,
  stressors: ['work'],
  note: 'Alex’s private note',
  isNoteShared: false,
  answer: 'Alex’s private answer',
  isAnswerShared: false,
};
const alexJournal = { text: 'Alex’s shared words', promptId: null, feelings: ['tender'] };
const alexEntry = async (w: World) => (await w.alex.get(`/api/journal/${w.journalId}`)).body;
const keepsAlexJournal = async (w: World, reply: { status: number; body: unknown }) => {
  expect(reply.status).toBe(404);
  keepsAlexWords(reply.body);
  expect(await alexEntry(w)).toMatchObject({ text: 'Alex’s private journal', feelings: ['tender'] });
};
const pulseOf = async (client: Client) => (await client.get('/api/pulse')).body;
const keepsAlexWords = (reply: unknown) => {
  expect(JSON.stringify(reply)).not.toContain('Alex’s private');
};
const alexNotifications = async (w: World) => (await w.alex.get('/api/notifications')).body;
const alexPreferences = async (w: World) => (await w.alex.get('/api/notifications/preferences')).body;

const caller = (world: World, as: Who) => (as === 'partner' ? world.sam : world.stranger);
const names = (space: { members: Array<{ name: string }> } | null) =>
  (space?.members ?? []).map((m) => m.name);

const stillSignedIn = async (world: World) => expect((await world.alex.get('/api/me')).status).toBe(200);
const alexSpaceUnchanged = async (world: World) => {
  const space = (await world.alex.get('/api/space')).body;
  expect(space.id).toBe(world.spaceId);
  expect(names(space)).toContain('Alex');
};

/**
 * What each route lets the partner and a stranger do. The space and its members are shared with
 * the partner; Alex's account and sessions are Alex's alone; nothing reaches a stranger.
 */
const matrix: Record<string, Probe | 'public'> = {
  'POST /api/account/sign-up': 'public',
  'POST /api/account/sign-in': 'public',
  'POST /api/account/sign-out': 'public',
  'POST /api/account/password-reset-request': 'public',
  'POST /api/account/password-reset': 'public',
  'GET /api/invites/:token': 'public',
  'GET /api/health': 'public',
  'GET /api/docs': 'public',
  'GET /api/me': async (w, as) => {
    const me = (await caller(w, as).get('/api/me')).body;
    expect(me.name).not.toBe('Alex');
  },
  'PATCH /api/me': async (w, as) => {
    await caller(w, as).patch('/api/me', { timeZone: 'Asia/Tokyo' });
    expect((await w.alex.get('/api/me')).body.timeZone).toBe('Europe/Berlin');
  },
  'GET /api/sessions': async (w, as) => {
    const ids = (await caller(w, as).get('/api/sessions')).body.map((s: { id: string }) => s.id);
    expect(ids).not.toContain(w.alexSessionId);
  },
  'DELETE /api/sessions/:sessionId': async (w, as) => {
    expect((await caller(w, as).delete(`/api/sessions/${w.alexSessionId}`)).status).toBe(404);
    await stillSignedIn(w);
  },
  'POST /api/sessions/revoke-others': async (w, as) => {
    await caller(w, as).post('/api/sessions/revoke-others');
    await stillSignedIn(w);
  },
  'GET /api/home': async (w, as) => {
    const space = (await caller(w, as).get('/api/home')).body.space;
    if (as === 'partner') expect(names(space)).toEqual(['Alex', 'Sam']);
    else expect(names(space)).not.toContain('Alex');
  },
  'GET /api/space': async (w, as) => {
    const space = (await caller(w, as).get('/api/space')).body;
    if (as === 'partner') expect(space.id).toBe(w.spaceId);
    else expect(space.id).not.toBe(w.spaceId);
  },
  'POST /api/space': async (w, as) => {
    expect((await caller(w, as).post('/api/space')).status).toBe(409);
    await alexSpaceUnchanged(w);
  },
  'POST /api/space/invites': async (w, as) => {
    await caller(w, as).post('/api/space/invites');
    expect((await w.alex.get('/api/space')).body.pendingInvite).toBeNull();
  },
  'DELETE /api/space/invites/:inviteId': async (w, as) => {
    expect((await caller(w, as).delete(`/api/space/invites/${w.robinInviteId}`)).status).toBe(404);
    expect((await w.robin.get('/api/space')).body.pendingInvite?.id).toBe(w.robinInviteId);
  },
  'POST /api/space/join': async (w, as) => {
    // Without the token or code nobody gets in: a guessed code reaches no space.
    expect((await caller(w, as).post('/api/space/join', { code: 'ZZZZ-ZZZZ' })).status).toBe(404);
    await alexSpaceUnchanged(w);
  },
  'GET /api/notifications': async (w, as) => {
    const ids = (await caller(w, as).get('/api/notifications')).body.items.map((n: { id: string }) => n.id);
    expect(ids).not.toContain(w.alexNotificationId);
  },
  'POST /api/notifications/read-all': async (w, as) => {
    await caller(w, as).post('/api/notifications/read-all');
    expect((await alexNotifications(w)).unread).toBe(1);
  },
  'POST /api/notifications/:notificationId/read': async (w, as) => {
    const reply = await caller(w, as).post(`/api/notifications/${w.alexNotificationId}/read`);
    expect(reply.status).toBe(404);
    expect((await alexNotifications(w)).unread).toBe(1);
  },
  'GET /api/notifications/preferences': async (w, as) => {
    expect((await caller(w, as).get('/api/notifications/preferences')).body.quietHours).toBeNull();
  },
  'PATCH /api/notifications/preferences': async (w, as) => {
    await caller(w, as).patch('/api/notifications/preferences', {
      quietHours: null,
      kinds: [{ kind: 'appreciation.received', inApp: false }],
    });
    const preferences = await alexPreferences(w);
    expect(preferences.quietHours).toEqual({ start: '21:30', end: '06:30' });
    expect(preferences.kinds.find((k: { kind: string }) => k.kind === 'appreciation.received').inApp).toBe(
      true,
    );
  },
  'GET /api/notifications/push': async (w, as) => {
    expect((await caller(w, as).get('/api/notifications/push')).body.subscriptions).toBe(0);
  },
  'POST /api/notifications/push': async (w, as) => {
    // Knowing Alex's endpoint without the browser's keys takes nothing from Alex.
    const keys = { p256dh: 'C'.repeat(87), auth: 'c'.repeat(22) };
    await caller(w, as).post('/api/notifications/push', { endpoint: alexPush.endpoint, keys });
    expect((await w.alex.get('/api/notifications/push')).body.subscriptions).toBe(1);
  },
  'POST /api/notifications/push/remove': async (w, as) => {
    await caller(w, as).post('/api/notifications/push/remove', { endpoint: alexPush.endpoint });
    expect((await w.alex.get('/api/notifications/push')).body.subscriptions).toBe(1);
  },
  'POST /api/unsubscribe/:token': 'public',
  // Talks belong to the space: the partner takes part, nobody else even learns they exist.
  'GET /api/talks': async (w, as) => {
    const ids = (await caller(w, as).get('/api/talks')).body.talks?.map((t: { id: string }) => t.id) ?? [];
    expect(ids.includes(w.talkId)).toBe(as === 'partner');
  },
  'POST /api/talks': async (w, as) => {
    const reply = await caller(w, as).post('/api/talks', {
      topic: 'Theirs',
      formatId: 'check-in',
      mode: 'remote',
      startsAt: null,
    });
    // The partner reaches the shared space, which is on Alex's pause; a stranger only their own.
    expect(reply.body.error.code).toBe(as === 'partner' ? 'ON_PAUSE' : 'NO_PARTNER');
  },
  'GET /api/talks/:talkId': async (w, as) => {
    const talk = await caller(w, as).get(`/api/talks/${w.talkId}`);
    if (as === 'stranger') return expect(talk.status).toBe(404);
    expect(talk.body.entries[0].text).toBe('Alex’s words');
    expect((await w.sam.get(`/api/talks/${w.endedTalkId}`)).body.myRating).toBeNull();
  },
  'POST /api/talks/:talkId/reply': async (w, as) => {
    const reply = await caller(w, as).post(`/api/talks/${w.talkId}/reply`, { answer: 'decline' });
    expect(reply.status).toBe(as === 'partner' ? 409 : 404);
  },
  'POST /api/talks/:talkId/rules': async (w, as) => {
    expect((await caller(w, as).post(`/api/talks/${w.talkId}/rules`)).status).toBe(
      as === 'partner' ? 409 : 404,
    );
  },
  'POST /api/talks/:talkId/turn-end': async (w, as) => {
    const reply = await caller(w, as).post(`/api/talks/${w.talkId}/turn-end`, {});
    expect(reply.status).toBe(as === 'partner' ? 409 : 404);
  },
  'POST /api/talks/:talkId/reflection': async (w, as) => {
    const reply = await caller(w, as).post(`/api/talks/${w.talkId}/reflection`, { text: 'heard' });
    expect(reply.status).toBe(as === 'partner' ? 409 : 404);
  },
  'POST /api/talks/:talkId/confirmation': async (w, as) => {
    const reply = await caller(w, as).post(`/api/talks/${w.talkId}/confirmation`, { answer: 'yes' });
    expect(reply.status).toBe(as === 'partner' ? 409 : 404);
  },
  'PUT /api/talks/:talkId/rating': async (w, as) => {
    const reply = await caller(w, as).put(`/api/talks/${w.endedTalkId}/rating`, { feltHeard: 1 });
    expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    expect((await w.alex.get(`/api/talks/${w.endedTalkId}`)).body.myRating).toBe(4);
  },
  'DELETE /api/talks/:talkId/entries/:entryId': async (w, as) => {
    const reply = await caller(w, as).delete(`/api/talks/${w.talkId}/entries/${w.entryId}`);
    expect(reply.status).toBe(as === 'partner' ? 403 : 404);
    expect((await w.alex.get(`/api/talks/${w.talkId}`)).body.entries[0].text).toBe('Alex’s words');
  },
  'POST /api/talks/:talkId/finish': async (w, as) => {
    const reply = await caller(w, as).post(`/api/talks/${w.talkId}/finish`);
    expect(reply.status).toBe(as === 'partner' ? 200 : 404);
    expect((await w.alex.get(`/api/talks/${w.talkId}`)).body.phase === 'ended').toBe(as === 'partner');
  },
  // A pause is the space's: the partner sees it at once; only the one who asked changes it.
  'GET /api/pause': async (w, as) => {
    const pause = (await caller(w, as).get('/api/pause')).body.pause;
    if (as === 'partner') expect(pause.id).toBe(w.pauseId);
    else expect(pause?.id).not.toBe(w.pauseId);
  },
  'POST /api/pause': async (w, as) => {
    const pause = (await caller(w, as).post('/api/pause', { minutes: 5 })).body.pause;
    expect(pause.id === w.pauseId).toBe(as === 'partner');
  },
  'POST /api/pause/:pauseId/extend': async (w, as) => {
    const reply = await caller(w, as).post(`/api/pause/${w.pauseId}/extend`, { minutes: 5 });
    expect(reply.status).toBe(as === 'partner' ? 403 : 404);
  },
  'POST /api/pause/:pauseId/end': async (w, as) => {
    expect((await caller(w, as).post(`/api/pause/${w.pauseId}/end`)).status).toBe(
      as === 'partner' ? 403 : 404,
    );
  },
  'POST /api/pause/:pauseId/return': async (w, as) => {
    const reply = await caller(w, as).post(`/api/pause/${w.pauseId}/return`);
    expect(reply.status).toBe(as === 'partner' ? 409 : 404);
    expect((await w.alex.get('/api/pause')).body.pause.id).toBe(w.pauseId);
  },
  // The numbers are the space's once both are in; the note and answer stay Alex's.
  'GET /api/pulse': async (w, as) => {
    const today = await pulseOf(caller(w, as));
    keepsAlexWords(today);
    if (as === 'partner')
      expect(today.partner).toMatchObject({ name: 'Alex', hasCheckedIn: true, pulse: null });
    else expect(today.partner).toBeNull();
  },
  'PUT /api/pulse/days/:day': async (w, as) => {
    const mine = { ...alexPulse, closeness: 1, note: null, answer: null };
    const reply = await caller(w, as).put(`/api/pulse/days/${PULSE_DAY}`, mine);
    keepsAlexWords(reply.body);
    if (as === 'partner') {
      expect(reply.body.partner.pulse).toMatchObject({
        id: w.pulseId,
        closeness: 4,
        note: null,
        answer: null,
      });
    } else expect(reply.body.partner).toBeNull();
    expect((await pulseOf(w.alex)).mine).toMatchObject({ id: w.pulseId, closeness: 4 });
  },
  'PUT /api/pulse/cadence': async (w, as) => {
    await caller(w, as).put('/api/pulse/cadence', { kind: 'weekdays', weekdays: [2] });
    expect((await pulseOf(w.alex)).cadence.mine.kind).toBe('daily');
  },
  'POST /api/pulse/cadence/accept': async (w, as) => {
    // Nobody accepts a cadence on Alex's behalf: a proposal waits for the other one.
    expect((await caller(w, as).post('/api/pulse/cadence/accept')).status).toBe(409);
    expect((await pulseOf(w.alex)).cadence.agreed).toBeNull();
  },
  'PATCH /api/pulse/settings': async (w, as) => {
    await caller(w, as).patch('/api/pulse/settings', { sharesNumbers: false, reminderTime: '06:00' });
    expect((await pulseOf(w.alex)).settings).toEqual({ sharesNumbers: true, reminderTime: null });
  },
  // The journal is Alex's alone: the partner is as much a stranger to it as anyone.
  'GET /api/journal': async (w, as) => {
    const reply = await caller(w, as).get('/api/journal');
    keepsAlexWords(reply.body);
    expect(reply.body.entries).toEqual([]);
  },
  'POST /api/journal': async (w, as) => {
    await caller(w, as).post('/api/journal', { ...alexJournal, text: 'theirs' });
    expect((await w.alex.get('/api/journal')).body.entries).toHaveLength(1);
  },
  'GET /api/journal/:entryId': async (w, as) => {
    await keepsAlexJournal(w, await caller(w, as).get(`/api/journal/${w.journalId}`));
  },
  'PUT /api/journal/:entryId': async (w, as) => {
    const change = { ...alexJournal, text: 'changed by someone else' };
    await keepsAlexJournal(w, await caller(w, as).put(`/api/journal/${w.journalId}`, change));
  },
  'DELETE /api/journal/:entryId': async (w, as) => {
    await keepsAlexJournal(w, await caller(w, as).delete(`/api/journal/${w.journalId}`));
  },
  'POST /api/journal/:entryId/share': async (w, as) => {
    await keepsAlexJournal(w, await caller(w, as).post(`/api/journal/${w.journalId}/share`, {}));
    expect((await w.alex.get('/api/notes')).body.notes).toHaveLength(1);
  },
  // A shared note is the space's: the partner reads it, only Alex takes it back.
  'GET /api/notes': async (w, as) => {
    const notes = (await caller(w, as).get('/api/notes')).body.notes;
    keepsAlexWords(notes);
    const ids = notes.map((n: { id: string }) => n.id);
    expect(ids.includes(w.noteId)).toBe(as === 'partner');
  },
  'DELETE /api/notes/:noteId': async (w, as) => {
    expect((await caller(w, as).delete(`/api/notes/${w.noteId}`)).status).toBe(404);
    expect((await w.alex.get('/api/notes')).body.notes.map((n: { id: string }) => n.id)).toEqual([w.noteId]);
  },
  // An appreciation is between the two; only its reader marks it read, only its writer deletes it.
  'GET /api/appreciations': async (w, as) => {
    const list = (await caller(w, as).get('/api/appreciations')).body;
    const seen = JSON.stringify(list);
    expect(seen.includes('Alex’s thanks')).toBe(as === 'partner');
    expect(list.gestures.some((g: { kind: string }) => g.kind === 'hug')).toBe(as === 'partner');
  },
  'POST /api/appreciations': async (w, as) => {
    await caller(w, as).post('/api/appreciations', { text: `From the ${as}` });
    const received = (await w.alex.get('/api/appreciations')).body.received;
    expect(received.some((n: { text: string }) => n.text === `From the ${as}`)).toBe(as === 'partner');
  },
  'POST /api/appreciations/:appreciationId/read': async (w, as) => {
    const reply = await caller(w, as).post(`/api/appreciations/${w.appreciationId}/read`);
    expect(reply.status).toBe(as === 'partner' ? 200 : 404);
  },
  'DELETE /api/appreciations/:appreciationId': async (w, as) => {
    const reply = await caller(w, as).delete(`/api/appreciations/${w.appreciationId}`);
    expect(reply.status).toBe(as === 'partner' ? 403 : 404);
    const sent = (await w.alex.get('/api/appreciations')).body.sent;
    expect(sent.some((n: { id: string }) => n.id === w.appreciationId)).toBe(true);
  },
  'POST /api/gestures': async (w, as) => {
    await caller(w, as).post('/api/gestures', {
      kind: 'custom',
      text: `Gesture by the ${as}`,
      isForPartner: true,
    });
    const seen = JSON.stringify((await w.alex.get('/api/appreciations')).body.gestures);
    expect(seen.includes(`Gesture by the ${as}`)).toBe(as === 'partner');
  },
  'GET /api/wins': async (w, as) => {
    const wins = JSON.stringify((await caller(w, as).get('/api/wins')).body);
    expect(wins.includes('Alex’s win')).toBe(as === 'partner');
  },
  'POST /api/wins': async (w, as) => {
    await caller(w, as).post('/api/wins', { text: `Win by the ${as}` });
    const wins = JSON.stringify((await w.alex.get('/api/wins')).body);
    expect(wins.includes(`Win by the ${as}`)).toBe(as === 'partner');
  },
  // Last, because it changes the world: leaving takes only the leaver out.
  'POST /api/space/leave': async (w, as) => {
    expect((await caller(w, as).post('/api/space/leave')).status).toBe(204);
    await alexSpaceUnchanged(w);
  },
};

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld();
});
afterAll(() => app.close());

const keyOf = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
const sampleUrl = (url: string) =>
  url
    .replace(':sessionId', 'some-session')
    .replace(':inviteId', '00000000-0000-4000-8000-000000000000')
    .replace(':notificationId', '00000000-0000-4000-8000-000000000000')
    .replace(':token', 'x'.repeat(43))
    .replace(':talkId', '00000000-0000-4000-8000-000000000001')
    .replace(':entryId', '00000000-0000-4000-8000-000000000002')
    .replace(':pauseId', '00000000-0000-4000-8000-000000000003')
    .replace(':day', PULSE_DAY)
    .replace(':entryId', '00000000-0000-4000-8000-000000000004')
    .replace(':noteId', '00000000-0000-4000-8000-000000000005')
    .replace(':appreciationId', '00000000-0000-4000-8000-000000000006');

describe('access matrix', () => {
  it('has a declared access rule and a matrix row for every registered route', () => {
    for (const route of app.routes) {
      expect(['public', 'person', 'member'], keyOf(route)).toContain(route.access);
      expect(matrix[keyOf(route)], `declare ${keyOf(route)} in the access matrix`).toBeDefined();
      expect(matrix[keyOf(route)] === 'public', `${keyOf(route)}: matrix and route disagree on public`).toBe(
        route.access === 'public',
      );
    }
    expect(Object.keys(matrix).sort()).toEqual(app.routes.map(keyOf).sort());
  });

  it('refuses anonymous callers on every route that is not public', async () => {
    const anonymous = new Client(app.http);
    for (const route of app.routes.filter((r) => r.access !== 'public')) {
      const reply = await anonymous.request(
        route.method as 'GET',
        sampleUrl(route.url),
        route.method === 'GET' ? undefined : {},
      );
      expect(reply.status, keyOf(route)).toBe(401);
      expect(reply.body.error.code, keyOf(route)).toBe('UNAUTHENTICATED');
    }
  });

  for (const who of ['stranger', 'partner'] as const) {
    it(`lets ${who === 'stranger' ? 'a member of another space' : 'the partner'} reach only what is theirs or shared with them`, async () => {
      for (const [key, probe] of Object.entries(matrix)) {
        if (probe === 'public') continue;
        await probe(world, who).catch((error: Error) => {
          throw new Error(`${key} as ${who}: ${error.message}`);
        });
      }
    });
  }
});
