import type { Batch } from '../model/input.js';
import { generateResources, generateTies } from './contributions.js';
import { generateEvents } from './events.js';
import { generateMembers } from './members.js';
import { generateMessages } from './messages.js';
import { HOST } from './organisations.js';
import { createRandom } from './random.js';

/** The sample community `pouls demo` loads: its identity, the date of its diagnosis, its data. */
export interface DemoCommunity {
  readonly community: { readonly slug: 'demo'; readonly name: string; readonly host: string };
  readonly asOf: string;
  readonly batch: Batch;
}

/** Options of the demo generator. */
export interface DemoOptions {
  /** Seed of the pseudo-random generator (default 2024). */
  readonly seed?: number;
  /** Date of the diagnosis, `YYYY-MM-DD` (default 2024-11-15); nothing is dated on or after it. */
  readonly asOf?: string;
}

/** The default date of the demo diagnosis: the reference case's, November 2024. */
export const DEMO_AS_OF = '2024-11-15';

/** The default seed of the demo community. */
export const DEMO_SEED = 2024;

/**
 * Generates the demo community: about 120 members of Québec arts and culture organisations
 * (3 of them staff of the fictional host), 40 events, a few thousand messages, shared resources
 * and declared ties from November 2020 to `asOf`: growth in 2021–2022, a slump in 2023, a
 * partial recovery in 2024. Deterministic: the same options give a deep-equal result.
 * @example
 * const { batch } = generateDemo();
 * batch.members.length; // 120
 */
export function generateDemo(options: DemoOptions = {}): DemoCommunity {
  const asOf = options.asOf ?? DEMO_AS_OF;
  const random = createRandom(options.seed ?? DEMO_SEED);
  const members = generateMembers(random, asOf);
  const { events, attendance, presentations } = generateEvents(random, members, asOf);
  const resources = generateResources(random, members, asOf);
  const messages = generateMessages(random, members, events, resources, asOf);
  const contributions = [...presentations, ...resources.map((r) => r.input)].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  return {
    community: {
      slug: 'demo',
      name: 'Communauté de pratique en promotion numérique',
      host: HOST.name,
    },
    asOf,
    batch: {
      members: members.map((m) => m.input),
      events: events.map((e) => e.input),
      attendance,
      messages,
      contributions,
      ties: generateTies(random, members, asOf),
    },
  };
}
