import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { Me } from '../core/contracts/account';
import { ApiError, api } from './api/client';
import { live } from './api/live';
import { setLanguage } from './i18n/i18n';

interface SessionState {
  /** The signed-in person; null when signed out; undefined while finding out. */
  me: Me | null | undefined;
  signedIn(me: Me): void;
  signedOut(): void;
  /** Set when the server could not be reached at start. */
  unreachable: boolean;
  retry(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [unreachable, setUnreachable] = useState(false);

  const load = useCallback(() => {
    setUnreachable(false);
    api
      .me()
      .then(setMe)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setMe(null);
        else setUnreachable(true);
      });
  }, []);
  useEffect(load, [load]);

  const personId = me?.id;
  const locale = me?.locale;
  useEffect(() => {
    if (locale) setLanguage(locale);
  }, [locale]);
  // One live connection while someone is signed in; a new one when another person signs in.
  useEffect(() => {
    if (!personId) return;
    live.onSignedOut = () => setMe(null);
    live.start();
    return () => live.stop();
  }, [personId]);

  const value: SessionState = {
    me,
    unreachable,
    retry: load,
    signedIn: setMe,
    signedOut: () => setMe(null),
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
