import type { AttendanceInput, ContributionInput, EventInput } from '../model/input.js';
import { gatherPeople, PLACE_ZONE } from './attendees.js';
import { addDays, addMinutes, localToUtc, weekday } from './calendar.js';
import { type EventKind, SCHEDULE, type Slot, TITLES } from './event-catalogue.js';
import type { DemoMember } from './members.js';
import type { Random } from './random.js';

/** A generated event with who organised it and who came, for the message simulation. */
export interface DemoEvent {
  readonly input: EventInput;
  readonly organizer: DemoMember;
  readonly speakers: readonly DemoMember[];
  readonly attendees: readonly DemoMember[];
}

/** Events, their attendance rows and the speakers' presentations as contributions. */
export interface GeneratedEvents {
  readonly events: DemoEvent[];
  readonly attendance: AttendanceInput[];
  readonly presentations: ContributionInput[];
}

/** Local start hour, minute and duration in minutes, by kind. */
const TIMES: Readonly<Record<EventKind, readonly [number, number, number]>> = {
  webinaire: [12, 0, 60],
  rencontre: [10, 0, 120],
  atelier: [13, 30, 150],
  codéveloppement: [9, 30, 120],
  '5 à 7': [17, 0, 120],
};

function eventDate(random: Random, planned: string): string {
  let date = addDays(planned, random.int(-2, 2));
  while (weekday(date) < 2 || weekday(date) > 4) date = addDays(date, 1);
  return date;
}

function titleOf(slot: Slot, pools: Map<EventKind, (readonly [string, string | null])[]>) {
  if (slot.title !== null) return { title: slot.title, theme: slot.theme };
  if (slot.kind === '5 à 7') {
    const when = slot.date.slice(5, 7) === '12' ? 'des Fêtes' : 'de fin de saison';
    const where = slot.format === 'virtual' ? 'virtuel' : `à ${slot.place}`;
    return { title: `5 à 7 ${when} ${where}`, theme: null };
  }
  const [title, theme] = pools.get(slot.kind)?.shift() ?? [`${slot.kind} ${slot.date}`, null];
  return { title, theme };
}

/**
 * Simulates the schedule up to `asOf`: each event's date (a Tuesday to Thursday near the planned
 * one), its people (see `gatherPeople`), title, times in Québec local time, registrants.
 */
export function generateEvents(
  random: Random,
  members: readonly DemoMember[],
  asOf: string,
): GeneratedEvents {
  const pools = new Map(
    Object.entries(TITLES).map(([k, v]) => [k as EventKind, random.shuffle(v)]),
  );
  const newcomers = new Set(members.filter((m) => m.profile === 'one-timer'));
  const out: GeneratedEvents = { events: [], attendance: [], presentations: [] };
  SCHEDULE.forEach((slot, index) => {
    const day = eventDate(random, slot.date);
    if (day >= asOf) return;
    const { organizer, speakers, attendees } = gatherPeople(random, slot, day, members, newcomers);
    const far = slot.format !== 'virtual' && PLACE_ZONE[slot.place ?? ''] === 'far';
    const [hour, minute, duration] = TIMES[slot.kind];
    const start = localToUtc(day, slot.kind === 'rencontre' && far ? 9 : hour, minute);
    const { title, theme } = titleOf(slot, pools);
    const ratio = slot.kind === 'webinaire' ? random.float(0.35, 0.55) : random.float(0.6, 0.85);
    const input: EventInput = {
      externalId: `evt-${String(index + 1).padStart(3, '0')}`,
      title,
      date: start,
      end: addMinutes(start, far && slot.kind === 'rencontre' ? 360 : duration),
      format: slot.format,
      kind: slot.kind,
      theme,
      organizer: { email: organizer.email },
      registrants: Math.max(attendees.length, Math.round(attendees.length / ratio)),
    };
    out.events.push({ input, organizer, speakers, attendees });
    for (const m of attendees) {
      const role = m === organizer ? 'host' : speakers.includes(m) ? 'speaker' : 'participant';
      out.attendance.push({
        event: { externalId: input.externalId },
        person: { email: m.email },
        role,
      });
    }
    for (const s of speakers) {
      out.presentations.push({
        author: { email: s.email },
        date: day,
        kind: 'présentation',
        title,
      });
    }
  });
  return out;
}
