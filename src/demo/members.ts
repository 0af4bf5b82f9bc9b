import type { MemberInput } from '../model/input.js';
import { createIdentityFactory } from './identities.js';
import {
  HOST,
  MEMBERS_PER_REGION,
  ORG_TYPES,
  ORGANISATIONS,
  type Zone,
  zoneOf,
} from './organisations.js';
import type { Random } from './random.js';
import { pickRole, STAFF_ROLES } from './roles.js';
import { DISCIPLINES, drawTimeline, PROFILE_COUNTS, type Profile } from './timelines.js';

/** A demo member: the record to import plus the hidden traits that drive the simulation. */
export interface DemoMember {
  readonly input: MemberInput;
  readonly email: string;
  readonly firstName: string;
  readonly profile: Profile;
  readonly zone: Zone;
  /** Relative propensity to attend (heavy-tailed; 0 = never by choice). */
  readonly weight: number;
  /** Relative propensity to write once present (lurkers below 1). */
  readonly voice: number;
  readonly joinedAt: string;
  /** First day of a lapse, if any; `returnsAt` ends it. */
  readonly pausedFrom: string | null;
  readonly returnsAt: string | null;
  readonly leftAt: string | null;
}

/** True when the member can take part on this date (joined, not left, not lapsed). */
export function isAvailable(member: DemoMember, date: string): boolean {
  const day = date.slice(0, 10);
  if (day < member.joinedAt) return false;
  if (member.leftAt !== null && day >= member.leftAt) return false;
  if (member.pausedFrom !== null && day >= member.pausedFrom) {
    return member.returnsAt !== null && day >= member.returnsAt;
  }
  return true;
}

/** Regions of the non-staff members, core members placed first (7 Montréal, 2 Québec, 1 Saguenay). */
function regionSlots(random: Random): { region: string; profile: Profile }[] {
  const pool = random.shuffle(
    Object.entries(MEMBERS_PER_REGION).flatMap(([region, n]) => Array<string>(n).fill(region)),
  );
  const corePlan = [...Array<string>(7).fill('Montréal'), 'Capitale-Nationale'];
  corePlan.push('Capitale-Nationale', 'Saguenay–Lac-Saint-Jean');
  const slots = corePlan.map((region) => {
    pool.splice(pool.indexOf(region), 1);
    return { region, profile: 'core' as Profile };
  });
  const rest = PROFILE_COUNTS.flatMap(([profile, n]) => Array<Profile>(n).fill(profile));
  return slots.concat(pool.map((region, i) => ({ region, profile: rest[i] ?? 'peripheral' })));
}

/**
 * Generates the 120 members: 117 from organisations all over Québec (regions weighted towards
 * Montréal and Capitale-Nationale) with heavy-tailed engagement, and the host's 3 staff.
 */
export function generateMembers(random: Random, asOf: string): DemoMember[] {
  const nextIdentity = createIdentityFactory(random);
  const members: DemoMember[] = STAFF_ROLES.map((role, i) => {
    const feminine = i !== 1;
    const id = nextIdentity({ feminine, domain: HOST.domain });
    const input: MemberInput = {
      name: id.name,
      emails: [id.email],
      handles: [{ source: 'slack', value: id.handle }],
      organization: HOST.name,
      role: feminine ? role[0] : role[1],
      region: HOST.region,
      disciplines: ['arts multidisciplinaires'],
      orgType: ORG_TYPES.agence,
      joinedAt: '2020-11-02',
      leftAt: null,
      staff: true,
    };
    const weight = [14, 6, 4][i] ?? 4;
    return traits(input, id.email, id.firstName, 'staff', 'metro', weight, 1.6);
  });
  for (const { region, profile } of regionSlots(random)) {
    const feminine = random.chance(0.72);
    const local = ORGANISATIONS.filter((org) => org.region === region);
    const freelance = local.length === 0 || random.chance(zoneOf(region) === 'far' ? 0.03 : 0.08);
    const org = freelance ? null : random.pick(local);
    const id = nextIdentity({ feminine, domain: org?.domain ?? null });
    const disciplines = org
      ? [...org.disciplines]
      : random.sample(DISCIPLINES, random.int(1, 2), () => 1);
    const timeline = drawTimeline(random, profile, asOf);
    const input: MemberInput = {
      name: id.name,
      emails: [id.email],
      handles: hasSlack(random, profile) ? [{ source: 'slack', value: id.handle }] : [],
      organization: org?.name ?? freelanceName(random, id.lastName),
      role: pickRole(random, org?.type ?? 'autonome', feminine),
      region,
      disciplines,
      orgType: ORG_TYPES[org?.type ?? 'autonome'],
      joinedAt: timeline.joinedAt,
      leftAt: timeline.leftAt,
      staff: false,
    };
    const base = traits(input, id.email, id.firstName, profile, zoneOf(region), timeline.weight, 1);
    members.push({ ...base, ...timeline });
  }
  return members.filter((m) => m.joinedAt < asOf);
}

function traits(
  input: MemberInput,
  email: string,
  firstName: string,
  profile: Profile,
  zone: Zone,
  weight: number,
  voice: number,
): DemoMember {
  const joinedAt = input.joinedAt ?? '2020-11-02';
  return { input, email, firstName, profile, zone, weight, voice, joinedAt, ...NO_LAPSE };
}

const NO_LAPSE = { pausedFrom: null, returnsAt: null, leftAt: null } as const;

function hasSlack(random: Random, profile: Profile): boolean {
  if (profile === 'silent') return random.chance(0.3);
  if (profile === 'one-timer') return random.chance(0.5);
  return random.chance(0.93);
}

function freelanceName(random: Random, lastName: string): string {
  const pattern = random.pick([
    'Studio {n}',
    'Atelier {n} communication',
    '{n} stratégie numérique',
  ]);
  return pattern.replace('{n}', lastName);
}
