import { couple } from '../../testing/client';
import type { TestApp } from '../../testing/test-app';

export const ALEX_JOURNAL = 'Alex’s own journal: I pulled away on Tuesday';
export const SAM_PRIVATE = [
  'Sam’s private journal',
  'Sam’s private pulse note',
  'Sam’s private need',
  'Sam’s private draft',
  'Sam’s private feelings, not yet answered',
  'Sam’s private ritual',
  'Sam’s private commitment',
];
const SCRIPT = { understanding: 'I see it hurt', plan: 'I will say so sooner' };

/**
 * Alex and Sam with something in every room: what they shared, and what each keeps alone. Sam's
 * private words all start with "Sam’s private", so a test can look for the prefix anywhere.
 */
export async function coupleWithHistory(app: TestApp) {
  const { alex, sam, spaceId } = await couple(app.http);
  const a = alex.client;
  const s = sam.client;
  const day = app.clock.now().toISOString().slice(0, 10);

  await a.post('/api/journal', { text: ALEX_JOURNAL, promptId: null, feelings: ['tender'] });
  const toShare = (await a.post('/api/journal', { text: 'A note Alex shared', promptId: null, feelings: [] }))
    .body;
  await a.post(`/api/journal/${toShare.id}/share`, {});
  await a.put(`/api/pulse/days/${day}`, {
    closeness: 4,
    energy: 3,
    stressors: ['work'],
    note: 'Alex’s own pulse note',
    isNoteShared: false,
    answer: null,
    isAnswerShared: false,
  });
  await a.post('/api/needs', { wording: 'Alex’s own need', isShared: false });
  await a.post('/api/repairs', { ...SCRIPT, apology: 'Alex’s own draft' });
  const sent = (await a.post('/api/repairs', { ...SCRIPT, apology: 'Alex’s apology, sent' })).body;
  await a.post(`/api/repairs/${sent.id}/send`);
  const ritual = { libraryId: null, how: null, minutes: 10, rule: 'FREQ=DAILY', time: '20:30' };
  await a.post('/api/rituals', { ...ritual, title: 'Alex’s own stretch', isProposed: false });
  const walk = (await a.post('/api/rituals', { ...ritual, title: 'Our evening walk', isProposed: true }))
    .body;
  await s.post(`/api/rituals/${walk.ritual.id}/answer`, { answer: 'join' });
  await a.post('/api/appreciations', { text: 'Thank you for the tea, from Alex' });
  await a.post('/api/gestures', { kind: 'hug', isForPartner: true });
  await a.post('/api/wins', { text: 'We walked together, noted by Alex' });
  const agreementId = (
    await a.post('/api/agreements', { category: 'time', wording: 'Phones away at dinner' })
  ).body.id as string;
  await s.post(`/api/agreements/${agreementId}/accept`, { basedOn: 1 });

  const talk = (
    await a.post('/api/talks', { topic: 'Our week', formatId: 'state-of-us', mode: 'remote', startsAt: null })
  ).body;
  await s.post(`/api/talks/${talk.id}/reply`, { answer: 'accept' });
  await a.post(`/api/talks/${talk.id}/rules`);
  await s.post(`/api/talks/${talk.id}/rules`);
  await a.post(`/api/talks/${talk.id}/turn-end`, { text: 'Alex said: I missed you this week' });
  const later = new Date(app.clock.now().getTime() + 2 * 24 * 3600 * 1000);
  const scheduled = (
    await a.post('/api/talks', {
      topic: 'Money, calmly; with a comma',
      formatId: 'money',
      mode: 'in_person',
      startsAt: later.toISOString(),
    })
  ).body;

  await s.post('/api/journal', { text: 'Sam’s private journal', promptId: null, feelings: [] });
  await s.put(`/api/pulse/days/${day}`, {
    closeness: 2,
    energy: 2,
    stressors: [],
    note: 'Sam’s private pulse note',
    isNoteShared: false,
    answer: null,
    isAnswerShared: false,
  });
  await s.post('/api/needs', { wording: 'Sam’s private need', isShared: false });
  await s.post('/api/commitments', { text: 'Sam’s private commitment', dueOn: null, isShared: false });
  await a.post('/api/commitments', { text: 'Alex’s own commitment', dueOn: null, isShared: false });
  await s.post('/api/rituals', { ...ritual, title: 'Sam’s private ritual', isProposed: false });
  await s.post('/api/repairs', { ...SCRIPT, apology: 'Sam’s private draft' });
  await s.post('/api/appreciations', { text: 'Thank you for listening, from Sam' });
  const fight = (await a.post('/api/after-fights')).body;
  await s.post(`/api/after-fights/${fight.id}/join`);
  const feelings = await s.post(`/api/after-fights/${fight.id}/steps/feelings`, {
    feelings: ['tired'],
    text: 'Sam’s private feelings, not yet answered',
  });
  if (feelings.status !== 200) throw new Error(`after-fight step failed: ${JSON.stringify(feelings.body)}`);

  return {
    alex,
    sam,
    spaceId,
    fightId: fight.id as string,
    talkId: talk.id as string,
    scheduledTalk: scheduled,
    agreementId,
    later,
  };
}
