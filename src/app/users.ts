import { listUsers, type Store } from '../store/index.js';

/** Every account with its roles, by email (`pouls user list`); never the password hashes. */
export function listAllUsers(store: Store) {
  return listUsers(store.db);
}
