import type { Platform } from '../../platform/platform';
import type { NotificationService } from '../notifications/service';

const ARRIVE = 'pause.arrive';

/**
 * The pause's return time through the scheduler: at that moment both screens are told (even if
 * nobody has the app open to ask) and both partners get a "your pause is over" reminder on the
 * channels they chose. An extension sets a new return time; the job for the old one finds the
 * pause not yet due and does nothing.
 */
export function pauseReminders(
  platform: Platform,
  notifications: NotificationService,
  membersOf: (spaceId: string) => Promise<Array<{ id: string; name: string }>>,
  arriveAtReturn: (pauseId: string) => Promise<void>,
) {
  platform.jobs.register(ARRIVE, async (payload) => {
    if (typeof payload.pauseId === 'string') await arriveAtReturn(payload.pauseId);
  });
  return {
    async onReturnSet(pause: { id: string; returnAt: Date }) {
      await platform.jobs.schedule({
        kind: ARRIVE,
        payload: { pauseId: pause.id },
        runAt: pause.returnAt,
        dedupeKey: `pause-arrive:${pause.id}:${pause.returnAt.getTime()}`,
      });
    },
    async onReturn(pause: { id: string; spaceId: string; personId: string }) {
      const members = await membersOf(pause.spaceId);
      for (const member of members) {
        const partner = members.find((m) => m.id !== member.id);
        await notifications.notify(member.id, 'pause.return', {
          pauseId: pause.id,
          ...(partner && { partnerName: partner.name }),
        });
      }
    },
  };
}
