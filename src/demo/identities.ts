import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES, toAscii } from './names.js';
import type { Random } from './random.js';

/** A fictional person's name and how other systems know them. */
export interface DemoIdentity {
  readonly firstName: string;
  readonly lastName: string;
  readonly name: string;
  /** `prenom.nom@organisme.ca`, or a gmail address (ASCII). */
  readonly email: string;
  /** Slack handle such as `marieeve.t`. */
  readonly handle: string;
}

/** Draws people with unique names, emails and handles. */
export type IdentityFactory = (options: {
  feminine: boolean;
  domain: string | null;
}) => DemoIdentity;

/**
 * Creates a factory of unique identities. A null domain (or, now and then, any domain) gives a
 * personal gmail address, as many freelancers and small-organisation staff use.
 */
export function createIdentityFactory(random: Random): IdentityFactory {
  const names = new Set<string>();
  const emails = new Set<string>();
  const handles = new Set<string>();
  return function nextIdentity({ feminine, domain }) {
    for (;;) {
      const firstName = random.pick(feminine ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
      const lastName = random.pick(LAST_NAMES);
      const name = `${firstName} ${lastName}`;
      const first = toAscii(firstName);
      const last = toAscii(lastName);
      const gmail = domain === null || random.chance(0.1);
      const email = gmail
        ? `${first.replace(/-/g, '')}${random.chance(0.5) ? '.' : ''}${last}${random.chance(0.4) ? random.int(10, 99) : ''}@gmail.com`
        : `${first}.${last}@${domain}`;
      if (names.has(name) || emails.has(email)) continue;
      names.add(name);
      emails.add(email);
      return { firstName, lastName, name, email, handle: uniqueHandle(first, last, handles) };
    }
  };
}

function uniqueHandle(first: string, last: string, taken: Set<string>): string {
  const base = first.replace(/-/g, '');
  const tail = last.replace(/-/g, '');
  for (let length = 1; length <= tail.length; length++) {
    const handle = `${base}.${tail.slice(0, length)}`;
    if (!taken.has(handle)) {
      taken.add(handle);
      return handle;
    }
  }
  let n = 2;
  while (taken.has(`${base}.${tail}${n}`)) n++;
  taken.add(`${base}.${tail}${n}`);
  return `${base}.${tail}${n}`;
}
