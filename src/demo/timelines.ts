import { addDays, fromDay, toDay } from './calendar.js';
import type { Random } from './random.js';

/**
 * A member's hidden engagement profile. `one-timer`: a newcomer who attends one event and never
 * comes back; `silent`: joined the list, never took part.
 */
export type Profile =
  | 'staff'
  | 'core'
  | 'active'
  | 'occasional'
  | 'peripheral'
  | 'one-timer'
  | 'silent';

/** How many non-staff members get each profile after the 10 core members. */
export const PROFILE_COUNTS: readonly (readonly [Profile, number])[] = [
  ['active', 20],
  ['occasional', 32],
  ['peripheral', 33],
  ['one-timer', 14],
  ['silent', 8],
];

/** Arts and culture disciplines (quebec.md). */
export const DISCIPLINES: readonly string[] = [
  'arts du cirque',
  'arts multidisciplinaires',
  'arts numériques',
  'arts visuels',
  'chanson',
  'cinéma et vidéo',
  'danse',
  'humour',
  'littérature et conte',
  "métiers d'art",
  'musique',
  'patrimoine et muséologie',
  'théâtre',
  'événements et festivals',
];

/** Joining waves: the launch, then recruitment drives each spring and fall, a 2024 relaunch. */
const WAVES: readonly (readonly [from: string, to: string])[] = [
  ['2020-11-02', '2020-12-10'],
  ['2021-01-15', '2021-04-30'],
  ['2021-09-01', '2021-11-30'],
  ['2022-01-15', '2022-05-31'],
  ['2022-09-01', '2022-11-30'],
  ['2023-01-10', '2023-05-20'],
  ['2024-01-15', '2024-10-25'],
];

const WAVE_WEIGHTS: Readonly<Record<Profile, readonly number[]>> = {
  staff: [1, 0, 0, 0, 0, 0, 0],
  core: [8, 2, 0, 0, 0, 0, 0],
  active: [45, 25, 20, 10, 0, 0, 0],
  occasional: [20, 20, 20, 20, 10, 3, 7],
  peripheral: [10, 15, 15, 20, 15, 8, 17],
  'one-timer': [0, 0, 5, 25, 20, 10, 40],
  silent: [20, 15, 15, 15, 10, 5, 20],
};

/** When a member joined, lapsed, came back or left, and how engaged they are. */
export interface Timeline {
  readonly joinedAt: string;
  readonly pausedFrom: string | null;
  readonly returnsAt: string | null;
  readonly leftAt: string | null;
  readonly weight: number;
  readonly voice: number;
}

function between(random: Random, from: string, to: string): string {
  return fromDay(random.int(toDay(from), toDay(to)));
}

/** A date cut to the day before `asOf`, or null when it would fall on or after it. */
function before(date: string, asOf: string): string | null {
  return date < asOf ? date : null;
}

/**
 * Draws a member's timeline: a join date in a wave, maybe a lapse (most during the 2023 slump),
 * maybe a return in 2024, maybe a departure; engagement weight by profile, heavy-tailed.
 */
export function drawTimeline(random: Random, profile: Profile, asOf: string): Timeline {
  const waveIndex = random.pickWeighted(
    [0, 1, 2, 3, 4, 5, 6],
    (i) => WAVE_WEIGHTS[profile][i] ?? 0,
  );
  const [from, to] = WAVES[waveIndex] ?? ['2020-11-02', '2020-12-10'];
  const joinedAt = between(random, from, to);
  let pausedFrom: string | null = null;
  let returnsAt: string | null = null;
  if (profile === 'core' && random.chance(0.2))
    pausedFrom = between(random, '2023-02-01', '2023-06-30');
  if (profile === 'active' && random.chance(0.45)) {
    pausedFrom = between(random, '2022-11-01', '2023-06-30');
    if (random.chance(0.5)) returnsAt = between(random, '2024-01-10', '2024-06-15');
  }
  if ((profile === 'occasional' || profile === 'peripheral') && random.chance(0.5)) {
    const start = addDays(joinedAt, profile === 'occasional' ? 120 : 60);
    const end = addDays(joinedAt, profile === 'occasional' ? 900 : 500);
    pausedFrom = before(between(random, start, end), asOf);
    if (pausedFrom !== null && pausedFrom >= '2023-01-01' && random.chance(0.35)) {
      returnsAt = before(between(random, '2024-01-10', '2024-09-15'), asOf);
    }
  }
  if (returnsAt !== null && pausedFrom !== null && returnsAt <= pausedFrom) returnsAt = null;
  const leaves = pausedFrom !== null && returnsAt === null && random.chance(0.25);
  const leftAt =
    leaves && pausedFrom ? before(addDays(pausedFrom, random.int(30, 200)), asOf) : null;
  return { joinedAt, pausedFrom, returnsAt, leftAt, ...engagement(random, profile) };
}

function engagement(random: Random, profile: Profile): { weight: number; voice: number } {
  const u = random.next();
  switch (profile) {
    case 'core':
      return { weight: 5 + 6 * u * u, voice: random.float(1.1, 2.2) };
    case 'active':
      return { weight: 2 + 2.5 * u * u, voice: random.float(0.5, 1.6) };
    case 'occasional':
      return { weight: 0.6 + 0.8 * u, voice: random.float(0.2, 1.1) };
    case 'peripheral':
      return { weight: 0.1 + 0.25 * u, voice: random.float(0.05, 0.6) };
    default:
      return { weight: 0, voice: 0 };
  }
}
