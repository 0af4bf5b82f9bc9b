import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { ApiError, api, setCsrfToken } from './api.js';

/** A community the signed-in user has a role in. */
export interface CommunityRole {
  readonly slug: string;
  readonly name: string;
  readonly role: 'admin' | 'steward' | 'facilitator' | 'viewer';
}

/** The signed-in user, as `GET /api/auth/me` gives it. */
export interface User {
  readonly email: string;
  readonly admin: boolean;
  readonly communities: readonly CommunityRole[];
}

interface SessionState {
  /** `undefined` while the session is read, `null` when nobody is signed in. */
  readonly user: User | null | undefined;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState>({
  user: undefined,
  refresh: async () => {},
  signOut: async () => {},
});

/** Reads who is signed in (and the CSRF token) once, and after sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      const me = await api<{ user: User; csrfToken: string }>('/auth/me');
      setCsrfToken(me.csrfToken);
      setUser(me.user);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setUser(null);
      else throw error;
    }
  }, []);
  const signOut = useCallback(async () => {
    await api('/auth/logout', { method: 'POST' });
    setCsrfToken('');
    setUser(null);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo(() => ({ user, refresh, signOut }), [user, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The signed-in user and the session's actions. */
export function useSession(): SessionState {
  return useContext(SessionContext);
}

const RANK = { viewer: 0, facilitator: 1, steward: 2, admin: 3 } as const;

/** Tells whether a role is at least another (admin > steward > facilitator > viewer). */
export function hasRole(role: CommunityRole['role'] | undefined, least: CommunityRole['role']) {
  return role !== undefined && RANK[role] >= RANK[least];
}

/** The user's role in a community (an installation admin administers every one). */
export function roleIn(
  user: User | null | undefined,
  slug: string,
): CommunityRole['role'] | undefined {
  if (!user) return undefined;
  if (user.admin) return 'admin';
  return user.communities.find((c) => c.slug === slug)?.role;
}
