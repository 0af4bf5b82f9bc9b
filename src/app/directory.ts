import { createHash, randomBytes } from 'node:crypto';
import { type Profile, ProfileSchema } from '../connect/index.js';
import { fail, ok, type Result } from '../model/issue.js';
import { PoulsError } from '../model/pouls-error.js';
import {
  consentDecisions,
  consentsOf,
  findProfileToken,
  loadDataset,
  loadProfiles,
  memberCard,
  membersConsenting,
  recordAudit,
  revokeProfileTokens,
  type Store,
  saveProfileRow,
  saveProfileToken,
  setConsent,
} from '../store/index.js';
import type { AuditContext } from './audit-context.js';
import { setMemberConsent } from './member-privacy.js';
import { resolveCommunity } from './resolve-community.js';

export type { Profile } from '../connect/index.js';

const DAY_MS = 86_400_000;

function connectError(code: 'bad_input' | 'not_found', key: string, value: string, expected = '') {
  return new PoulsError(code, `${key}: ${value}`, {
    params: { ns: 'connect', key, value, expected },
  });
}

/** SHA-256 of a token, hex: only this is stored. */
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A member's entry in the directory. */
export interface DirectoryEntry {
  readonly memberId: number;
  readonly name: string;
  readonly organization: string | null;
  readonly region: string | null;
  readonly expertise: readonly string[];
  readonly interests: readonly string[];
}

/**
 * The member directory: only members who granted 'directory', with their profile (organisation
 * and region from the member record when the profile leaves them out), by name.
 */
export async function directoryEntries(
  store: Store,
  community?: string,
): Promise<DirectoryEntry[]> {
  const c = await resolveCommunity(store, community);
  const granted = await membersConsenting(store.db, c.id, 'directory');
  const dataset = await loadDataset(store.db, c);
  const profiles = new Map((await loadProfiles(store.db, c.id)).map((p) => [p.memberId, p]));
  return dataset.members
    .filter((m) => granted.has(m.id))
    .map((m) => {
      const p = profiles.get(m.id);
      return {
        memberId: m.id,
        name: m.name,
        organization: p?.organization ?? m.organization,
        region: p?.region ?? m.region,
        expertise: p?.expertise ?? [],
        interests: p?.interests ?? [],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.memberId - b.memberId);
}

/**
 * Creates a member's personal link (`pouls directory link MEMBER`): a random token shown once,
 * of which only a hash is kept; earlier links of the member stop working.
 */
export async function createProfileLink(
  store: Store,
  options: { community?: string; memberId: number; today: string; days?: number; actor?: string },
): Promise<{ token: string; name: string; expiresOn: string }> {
  const c = await resolveCommunity(store, options.community);
  const member = (await loadDataset(store.db, c)).members.find((m) => m.id === options.memberId);
  if (!member) throw connectError('not_found', 'unknownMember', String(options.memberId));
  const token = randomBytes(24).toString('base64url');
  const expiresOn = new Date(Date.parse(options.today) + (options.days ?? 90) * DAY_MS)
    .toISOString()
    .slice(0, 10);
  await revokeProfileTokens(store.db, member.id);
  await saveProfileToken(store.db, {
    hash: hashToken(token),
    memberId: member.id,
    createdOn: options.today,
    expiresOn,
  });
  await recordAudit(store.db, {
    at: options.today,
    actor: options.actor ?? 'cli',
    action: 'link',
    communityId: c.id,
    target: `member:${member.id}`,
    detail: { expiresOn },
  });
  return { token, name: member.name, expiresOn };
}

/** What a member sees on their profile page. */
export interface OwnProfile {
  readonly memberId: number;
  readonly name: string;
  readonly profile: Profile;
  readonly consents: { readonly directory: boolean; readonly recommendations: boolean };
}

async function memberOfToken(store: Store, token: string, today: string) {
  const found = await findProfileToken(store.db, hashToken(token));
  if (!found || found.expiresOn < today) throw connectError('not_found', 'invalidLink', '');
  return found;
}

/**
 * The profile a personal link opens, for the web app's profile page; throws `not_found` for an
 * unknown, revoked or expired link.
 */
export async function profileForToken(
  store: Store,
  token: string,
  today: string,
): Promise<OwnProfile> {
  const { memberId, communityId } = await memberOfToken(store, token, today);
  const member = await memberCard(store.db, memberId);
  if (!member) throw connectError('not_found', 'invalidLink', '');
  const saved = (await loadProfiles(store.db, communityId)).find((p) => p.memberId === memberId);
  const consents = await consentsOf(store.db, memberId);
  const granted = (use: string) => consents.some((c) => c.use === use && c.granted);
  return {
    memberId,
    name: member.name,
    profile: {
      expertise: saved?.expertise ?? [],
      interests: saved?.interests ?? [],
      organization: saved?.organization ?? member.organization,
      region: saved?.region ?? member.region,
    },
    consents: { directory: granted('directory'), recommendations: granted('recommendations') },
  };
}

/**
 * Saves the profile a member edits through their personal link, and their directory and
 * recommendation decisions when given (source 'self'); a bad profile comes back as issues.
 */
export async function saveProfile(
  store: Store,
  token: string,
  input: { profile: unknown; consents?: { directory?: boolean; recommendations?: boolean } },
  today: string,
): Promise<Result<Profile>> {
  const { memberId, communityId } = await memberOfToken(store, token, today);
  const parsed = ProfileSchema.safeParse(input.profile);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({
        code: 'invalid_value' as const,
        file: 'profile',
        column: issue.path.join('.'),
        params: { value: issue.message, expected: 'profile' },
      })),
    );
  }
  await store.db.transaction().execute(async (trx) => {
    await saveProfileRow(trx, { memberId, ...parsed.data, updatedOn: today });
    for (const use of ['directory', 'recommendations'] as const) {
      const granted = input.consents?.[use];
      if (granted !== undefined)
        await setConsent(trx, { memberId, use, granted, decidedOn: today, source: 'self' });
    }
    await recordAudit(trx, {
      at: today,
      actor: `member:${memberId}`,
      action: 'change',
      communityId,
      target: `member:${memberId}`,
      detail: { profile: true, consents: Object.keys(input.consents ?? {}) },
    });
  });
  return ok(parsed.data);
}

/**
 * Records a member's directory or recommendations decision given to the steward (`pouls
 * directory consent`): the same consent, and the same audit line, as `pouls member consent`.
 */
export async function recordMemberConsent(
  store: Store,
  options: { community?: string; memberId: number; use: string; granted: boolean },
  context: AuditContext,
): Promise<void> {
  if (options.use !== 'directory' && options.use !== 'recommendations')
    throw connectError('bad_input', 'badUse', options.use, 'directory, recommendations');
  await setMemberConsent(
    store,
    {
      community: options.community,
      member: String(options.memberId),
      use: options.use,
      granted: options.granted,
    },
    context,
  );
}

/**
 * Members who may be recommended and receive recommendations: granted 'recommendations' or
 * 'directory', and never declined 'recommendations'.
 */
export async function eligibleMembers(store: Store, communityId: number): Promise<Set<number>> {
  const recommendations = await consentDecisions(store.db, communityId, 'recommendations');
  const directory = await consentDecisions(store.db, communityId, 'directory');
  const eligible = new Set<number>();
  for (const [id, granted] of [...recommendations, ...directory]) if (granted) eligible.add(id);
  for (const [id, granted] of recommendations) if (!granted) eligible.delete(id);
  return eligible;
}
