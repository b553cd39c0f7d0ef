import { createHash, randomBytes } from 'node:crypto';
import { type CalendarEvent, calendarOf } from '../../../core/rituals/calendar';
import { occurrencesBetween } from '../../../core/rituals/recurrence';
import { notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { logWindow, participantsOf, scheduleOf } from './history';
import * as store from './store';

const DAY_MS = 86_400_000;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A person's private calendar feed. Its address holds a random secret; only the secret's hash is
 * stored, so the address is shown once, when it is made. Making a new one or turning it off
 * revokes the old address at once. The feed holds the rituals its owner takes part in and
 * nothing else: no feelings, no partner's own rituals, no names.
 */
export function createRitualFeed(platform: Platform) {
  const { db } = platform.database;
  const { clock, config } = platform;

  return {
    async create(personId: string): Promise<{ url: string }> {
      const token = randomBytes(32).toString('base64url');
      await store.saveFeed(db, personId, hashOf(token), clock.now());
      return { url: new URL(`/api/calendar/${token}.ics`, config.publicUrl).toString() };
    },

    async revoke(personId: string): Promise<void> {
      await store.deleteFeed(db, personId);
    },

    /** The calendar for the address's secret (with its `.ics`), or "not found" for any other. */
    async calendar(feedToken: string): Promise<string> {
      const personId = await store.findFeedOwner(db, hashOf(feedToken.replace(/\.ics$/, '')));
      if (!personId) throw notFound('There is no calendar at this address.');
      const place = await store.findPlace(db, personId);
      const now = clock.now();
      const from = new Date(now.getTime() - 14 * DAY_MS);
      const to = new Date(now.getTime() + 56 * DAY_MS);
      const rows = place?.spaceId ? await store.listRituals(db, place.spaceId, logWindow(from, now)) : [];
      const mine = rows.filter((r) => participantsOf(r).includes(personId));
      const events: CalendarEvent[] = [];
      for (const r of mine) {
        for (const o of occurrencesBetween(scheduleOf(r), from, to)) {
          const log = r.log.find((l) => l.day === o.day);
          events.push({
            uid: `${r.id}-${o.day}@tend`,
            title: r.title,
            description: r.how,
            startsAt: log?.status === 'moved' && log.movedTo ? log.movedTo : o.startsAt,
            minutes: r.minutes,
            isCancelled: log?.status === 'skipped',
          });
        }
      }
      return calendarOf('Tend rituals', events, now);
    },
  };
}

export type RitualFeed = ReturnType<typeof createRitualFeed>;
