import { useCallback } from 'react';
import type { MeetingTopic } from '../../../core/meetings/rules';
import { api } from '../../api/client';
import { useLiveData } from '../../api/useLiveData';

/** A topic's meeting room, refetched when either partner changes anything in it. */
export function useMeetingRoom(topic: MeetingTopic) {
  const load = useCallback(() => api.meetingRoom(topic), [topic]);
  return useLiveData(load, ['meeting.changed', 'space.changed']);
}

/** The parenting plan, refetched on the same events. */
export const useParentingPlan = () => useLiveData(api.parentingPlan, ['meeting.changed', 'space.changed']);

/** What home shows: a meeting today, a plan due for review. */
export const useMeetingsDue = () => useLiveData(api.meetingsDue, ['meeting.changed', 'space.changed']);
