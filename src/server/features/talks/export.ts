import { FORMAT_IDS, type FormatId, formatOf } from '../../../core/talks/formats';
import type { ExportPiece } from '../account/export/piece';
import * as store from './store';
import { talk, talkEntry, talkRating } from './tables';

const isFormatId = (id: string): id is FormatId => (FORMAT_IDS as readonly string[]).includes(id);

/**
 * The talks one took part in, as both saw them: the partner's typed words were said to both, so
 * they are shared history. "I felt heard" is private, so only one's own rating comes along.
 */
export const talksExport: ExportPiece = {
  room: 'talks',
  tables: [talk, talkEntry, talkRating],
  async collect({ db, personId }) {
    const { talks, entries, ratings } = await store.listTalksOf(db, personId);
    return {
      talks: talks.map((t) => ({
        ...t,
        entries: entries.filter((e) => e.talkId === t.id),
        yourRating: ratings.find((r) => r.talkId === t.id)?.feltHeard ?? null,
      })),
    };
  },
  async calendar({ db, personId }) {
    const { talks } = await store.listTalksOf(db, personId);
    return talks
      .filter((t) => t.startsAt !== null && t.phase !== 'declined')
      .map((t) => ({
        uid: `talk-${t.id}`,
        start: t.startsAt ?? t.createdAt,
        minutes: isFormatId(t.formatId) ? formatOf(t.formatId).aboutMinutes : 30,
        summary: `Talk: ${t.topic}`,
      }));
  },
};
