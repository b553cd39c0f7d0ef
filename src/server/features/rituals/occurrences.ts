import type { OccurrenceLog, RitualDetail } from '../../../core/contracts/rituals';
import { isOccurrenceDay } from '../../../core/rituals/recurrence';
import type { Membership } from '../../platform/auth/session';
import { conflict, notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { logWindow, participantsOf, scheduleOf, startOfDay } from './history';
import type { RitualRow } from './store';
import * as store from './store';

const DAY_MS = 86_400_000;

interface OccurrenceDeps {
  readAsParticipant(member: Membership, id: string): Promise<RitualRow>;
  tell(r: RitualRow): Promise<void>;
  detail(member: Membership, id: string): Promise<RitualDetail>;
  planReminders?: ((ritualId: string) => Promise<void>) | undefined;
  onDoneTogether?: ((ritual: { id: string; spaceId: string }) => Promise<void>) | undefined;
}

/** Logging an occurrence done, skipped or moved, and each partner's feeling about it. */
export function createOccurrenceActions(platform: Platform, deps: OccurrenceDeps) {
  const { db } = platform.database;
  const { clock } = platform;

  /** Done, and both who do it said how it felt: a win, recorded once. */
  async function recordWinIfTogether(r: RitualRow, day: string): Promise<void> {
    if (!r.joinedBy) return;
    const feelings = (await store.listFeelings(db, r.id, day)).filter((f) => f.day === day);
    if (!participantsOf(r).every((id) => feelings.some((f) => f.personId === id))) return;
    if (await store.claimWin(db, r.id, day, clock.now())) await deps.onDoneTogether?.(r);
  }

  return {
    async log(member: Membership, id: string, day: string, input: OccurrenceLog): Promise<RitualDetail> {
      const r = await deps.readAsParticipant(member, id);
      const occurrence = isOccurrenceDay(scheduleOf(r), day);
      if (!occurrence) throw notFound('The ritual does not happen on that day.');
      const now = clock.now();
      if (occurrence.startsAt.getTime() > now.getTime() + DAY_MS && input.status === 'done') {
        throw conflict('NOT_YET', 'You can mark it done once its day has come.');
      }
      await store.saveOccurrence(db, {
        ritualId: id,
        day,
        status: input.status,
        movedTo: input.status === 'moved' && input.movedTo ? new Date(input.movedTo) : null,
        loggedBy: member.personId,
        loggedAt: now,
        winAt: null,
      });
      await recordWinIfTogether(r, day);
      await deps.tell(r);
      await deps.planReminders?.(id);
      return deps.detail(member, id);
    },

    async rate(member: Membership, id: string, day: string, feeling: number): Promise<RitualDetail> {
      const r = await deps.readAsParticipant(member, id);
      const log = (await store.listOccurrences(db, [id], logWindow(startOfDay(r, day), clock.now()))).find(
        (l) => l.day === day,
      );
      if (log?.status !== 'done') throw conflict('NOT_DONE', 'Mark it done first, then say how it felt.');
      await store.saveFeeling(db, {
        ritualId: id,
        day,
        personId: member.personId,
        feeling,
        ratedAt: clock.now(),
      });
      await recordWinIfTogether(r, day);
      await deps.tell(r);
      return deps.detail(member, id);
    },
  };
}
