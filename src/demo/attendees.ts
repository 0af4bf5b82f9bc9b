import { momentum } from './calendar.js';
import type { EventKind, Slot } from './event-catalogue.js';
import { type DemoMember, isAvailable } from './members.js';
import type { Zone } from './organisations.js';
import type { Random } from './random.js';

/** Usual attendance by kind in a good month, before momentum and chance. */
const BASE_SIZE: Readonly<Record<EventKind, number>> = {
  webinaire: 28,
  rencontre: 22,
  atelier: 16,
  codéveloppement: 10,
  '5 à 7': 17,
};

/** The zone of each venue. */
export const PLACE_ZONE: Readonly<Record<string, Zone>> = {
  Montréal: 'metro',
  Québec: 'quebec',
  Rimouski: 'far',
  Saguenay: 'far',
};

/** How likely a member of `zone` is to come, given the event's format and place. */
function reach(slot: Slot, zone: Zone): number {
  if (slot.format === 'virtual') return zone === 'far' ? 0.45 : 1;
  const home = PLACE_ZONE[slot.place ?? 'Montréal'] ?? 'metro';
  if (zone === home) return 1;
  if (slot.format === 'hybrid') return zone === 'far' ? 0.3 : 0.5;
  if (home === 'far' || zone === 'far') return 0.01;
  return zone === 'centre' || home === 'centre' ? 0.15 : 0.05;
}

function kindFit(kind: EventKind, member: DemoMember): number {
  if (kind !== 'codéveloppement') return 1;
  return { core: 2, active: 1.5, occasional: 0.6 }[member.profile as string] ?? 0.3;
}

/** Who organised, spoke at and attended one event. */
export interface EventPeople {
  readonly organizer: DemoMember;
  readonly speakers: readonly DemoMember[];
  readonly attendees: readonly DemoMember[];
}

function chooseOrganizer(
  random: Random,
  slot: Slot,
  local: readonly DemoMember[],
  staff: readonly DemoMember[],
) {
  const home = slot.format === 'virtual' ? null : (PLACE_ZONE[slot.place ?? ''] ?? null);
  const landmark = slot.title !== null && home !== 'far';
  const byStaff = landmark || local.length === 0 || random.chance(home === 'far' ? 0.6 : 0.85);
  return random.pickWeighted(byStaff ? staff : local, (m) => m.weight);
}

/**
 * Gathers an event's people: an organiser (staff most of the time, a local core or active
 * member otherwise), speakers from the engaged members, staff colleagues, newcomers at their
 * first reachable event (removed from `newcomers`: they never come back), then a weighted draw
 * of attendees driven by engagement, the community's momentum and distance to the venue.
 */
export function gatherPeople(
  random: Random,
  slot: Slot,
  day: string,
  members: readonly DemoMember[],
  newcomers: Set<DemoMember>,
): EventPeople {
  const taken = new Set<DemoMember>();
  const present = (m: DemoMember) => isAvailable(m, day) && !taken.has(m);
  const staff = members.filter((m) => m.profile === 'staff');
  const engaged = members.filter((m) => m.profile === 'core' || m.profile === 'active');
  const home = slot.format === 'virtual' ? null : (PLACE_ZONE[slot.place ?? ''] ?? null);
  const local = engaged.filter((m) => present(m) && (home === null || m.zone === home));
  const organizer = chooseOrganizer(random, slot, local, staff);
  taken.add(organizer);
  const speakerCount = { webinaire: random.int(1, 2), atelier: 1, rencontre: random.int(0, 1) };
  const speakers = random.sample(
    engaged.filter((m) => present(m) && m.profile !== 'staff'),
    (speakerCount as Partial<Record<EventKind, number>>)[slot.kind] ?? 0,
    (m) => m.weight * reach(slot, m.zone),
  );
  for (const s of speakers) taken.add(s);
  for (const s of staff) if (present(s) && random.chance(home === 'far' ? 0.4 : 0.55)) taken.add(s);
  for (const m of newcomers) {
    if (present(m) && reach(slot, m.zone) >= 0.3) {
      taken.add(m);
      newcomers.delete(m);
    }
  }
  const cap = home === 'far' ? 12 : 35;
  const target = Math.round(
    BASE_SIZE[slot.kind] * momentum(day.slice(0, 7)) * random.float(0.85, 1.15),
  );
  const others = members.filter((m) => m.profile !== 'staff' && present(m));
  const weight = (m: DemoMember) => m.weight * reach(slot, m.zone) * kindFit(slot.kind, m);
  const size = Math.min(cap, Math.max(8, target));
  for (const m of random.sample(others, size - taken.size, weight)) taken.add(m);
  return { organizer, speakers, attendees: [...taken] };
}
