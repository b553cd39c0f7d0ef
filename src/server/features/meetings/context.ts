import { isInSpace } from '../../../core/access';
import { todayIn } from '../../../core/agreements/days';
import type { Membership } from '../../platform/auth/session';
import { notFound } from '../../platform/http/errors';
import type { Platform } from '../../platform/platform';
import { presenter, type SpacePerson } from './present';
import * as store from './store';

/** What every meetings call needs: the space's people, today for the caller, and the presenter. */
export function meetingContext(platform: Platform) {
  const { db } = platform.database;
  const { clock, live } = platform;

  return {
    async place(member: Membership) {
      const people: SpacePerson[] = await store.listPeople(db, member.spaceId);
      const zone = people.find((p) => p.id === member.personId)?.timeZone ?? 'UTC';
      const partner = people.find((p) => p.id !== member.personId) ?? null;
      return {
        people,
        zone,
        partner: partner && { id: partner.id, name: partner.name },
        today: todayIn(clock.now(), zone),
        present: presenter(people, member.personId),
      };
    },

    /** A row of the caller's space, or "not found" for anything else: a stranger learns nothing. */
    mine<T extends { spaceId: string }>(member: Membership, unchecked: T | null, what: string): T {
      if (
        !unchecked ||
        !isInSpace({ personId: member.personId, spaceId: member.spaceId }, unchecked.spaceId)
      ) {
        throw notFound(`There is no such ${what} in your space.`);
      }
      return unchecked;
    },

    /** Both screens refetch; the event names the topic only, never what was written. */
    async tell(people: SpacePerson[], topic: string) {
      await live.send(
        people.map((p) => p.id),
        { type: 'meeting.changed', topic },
      );
    },
  };
}

export type MeetingContext = ReturnType<typeof meetingContext>;
