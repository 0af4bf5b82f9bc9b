import type { Principal } from '../app/auth.js';
import { listCommunities, type Store } from '../store/index.js';

/** The communities a user works in, with their role; an installation admin sees them all. */
export async function communitiesOf(store: Store, principal: Principal) {
  if (principal.admin) {
    const all = await listCommunities(store.db);
    return all.map((c) => ({ slug: c.slug, name: c.name, role: 'admin' as const }));
  }
  return principal.memberships.map((m) => ({ slug: m.slug, name: m.name, role: m.role }));
}

/** The user as the client sees them: email, installation admin, roles by community. */
export async function userView(store: Store, principal: Principal) {
  return {
    email: principal.email,
    admin: principal.admin,
    communities: await communitiesOf(store, principal),
  };
}
