import { useCallback, useEffect, useState } from 'react';
import type { Talk, TalkList } from '../../../core/contracts/talks';
import { api } from '../../api/client';
import { live } from '../../api/live';
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

export function useTalkList() {
  const [list, setList] = useState<TalkList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    api
      .talks()
      .then((next) => {
        setList(next);
        setError(null);
      })
      .catch((caught: unknown) => setError(problemOf(caught).message));
  }, []);
  useEffect(() => {
    refresh();
    return live.subscribe((event) => {
      if (event.type === 'talk.changed' || event.type === 'hello' || event.type === 'space.changed')
        refresh();
    });
  }, [refresh]);
  return { list, error };
}
