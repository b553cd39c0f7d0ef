import { useCallback, useEffect, useState } from 'react';
import type { Talk } from '../../../core/contracts/talks';
import { api } from '../../api/client';
import { live } from '../../api/live';
import { useLiveData } from '../../api/useLiveData';
import { problemOf } from '../../forms';

/**
 * One talk as the server says it stands, refetched whenever the live channel says it changed or
 * the connection comes back, so both phones follow the same state and a reload resumes it.
 */
export function useTalk(talkId: string) {
  const [talk, setTalk] = useState<Talk | null>(null);
  const [receivedAt, setReceivedAt] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const show = useCallback((next: Talk) => {
    setTalk(next);
    setReceivedAt(performance.now());
    setError(null);
  }, []);

  const refresh = useCallback(() => {
    api
      .talk(talkId)
      .then(show)
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, [talkId, show]);

  useEffect(() => {
    refresh();
    return live.subscribe((event) => {
      if (
        (event.type === 'talk.changed' && event.talkId === talkId) ||
        event.type === 'hello' ||
        event.type === 'space.changed' ||
        event.type === 'pause.changed'
      )
        refresh();
    });
  }, [talkId, refresh]);

  /** Runs an action; its answer is the new state. A refusal is shown in words. */
  const act = useCallback(
    async (action: () => Promise<Talk>): Promise<boolean> => {
      try {
        show(await action());
        return true;
      } catch (caught) {
        setError(problemOf(caught).message);
        return false;
      }
    },
    [show],
  );

  return { talk, receivedAt, error, act };
}

/**
 * The space's talks, refetched whenever a talk or the space changes: with `limit`, that many past
 * talks (the history screen shows more as the reader asks), otherwise the server's first page.
 */
export function useTalkList(limit?: number) {
  const load = useCallback(() => api.talks(limit), [limit]);
  const { data: list, error } = useLiveData(load, ['talk.changed', 'space.changed']);
  return { list, error };
}
