import type { MessageInput } from '../model/input.js';
import { addDays, daysInMonth, localToUtc, momentum, monthsBetween, weekday } from './calendar.js';
import type { DemoResource } from './contributions.js';
import type { DemoEvent } from './events.js';
import { type DemoMember, isAvailable } from './members.js';
import type { Random } from './random.js';
import type { TextKind } from './texts.js';
import { type Draft, type ThreadPlan, writeThread } from './threads.js';
import { CHANNELS } from './vocabulary.js';

const TOPICAL = Object.keys(CHANNELS).filter(
  (c) => c !== 'annonces' && c !== 'diffusion-en-région',
);

/** Share of the month's threads the staff start: more as members fall silent. */
function staffShare(year: number): number {
  return year === 2023 ? 0.65 : year >= 2024 ? 0.55 : 0.4;
}

/** Probability that a member's question gets no answer at all. */
function unanswered(year: number): number {
  return year === 2023 ? 0.4 : year >= 2024 ? 0.22 : 0.1;
}

/** A working-hours moment of a date, Québec time, as UTC. */
function workTime(random: Random, date: string): string {
  return localToUtc(date, random.int(8, 16), random.int(0, 59));
}

function randomDay(random: Random, month: string, asOf: string): string | null {
  let date = `${month}-${String(random.int(1, daysInMonth(month))).padStart(2, '0')}`;
  if (weekday(date) === 0 || (weekday(date) === 6 && random.chance(0.8))) date = addDays(date, 2);
  return date < asOf && date >= '2020-11-05' ? date : null;
}

/** Number of replies: a rough geometric draw with the given mean. */
function replyCount(random: Random, mean: number): number {
  return Math.floor(-mean * Math.log(1 - random.next()));
}

function monthlyThreads(random: Random, members: readonly DemoMember[], asOf: string) {
  const staff = members.filter((m) => m.profile === 'staff');
  const plans: ThreadPlan[] = [];
  for (const month of monthsBetween('2020-11-01', addDays(asOf, -1))) {
    const level = momentum(month);
    const year = Number(month.slice(0, 4));
    const count = Math.round(19 * level * random.float(0.85, 1.15));
    for (let i = 0; i < count; i++) {
      const date = randomDay(random, month, asOf);
      if (date === null) continue;
      const channels = TOPICAL.filter((c) => (CHANNELS[c]?.since ?? '') <= month);
      const delay = year === 2023 ? 700 : 160;
      if (random.chance(staffShare(year))) {
        const kind: TextKind = random.chance(0.7) ? 'prompt' : 'share';
        const author = random.pickWeighted(staff, (m) => m.weight);
        const replies = replyCount(random, 3.2 * level);
        const channel = random.pick(channels);
        plans.push({ author, channel, timestamp: workTime(random, date), kind, replies, delay });
        continue;
      }
      const writers = members.filter((m) => m.profile !== 'staff' && isAvailable(m, date));
      if (writers.length === 0) continue;
      const author = random.pickWeighted(writers, (m) => m.weight * m.voice);
      const regional = author.zone === 'far' && month >= '2021-03' && random.chance(0.65);
      const channel = regional ? 'diffusion-en-région' : random.pick(channels);
      const kind: TextKind = random.chance(0.65) ? 'question' : 'share';
      const replies =
        kind === 'question' && random.chance(unanswered(year))
          ? 0
          : (kind === 'question' ? 1 : 0) + replyCount(random, 2.6 * Math.min(1, level + 0.2));
      plans.push({ author, channel, timestamp: workTime(random, date), kind, replies, delay });
    }
  }
  return plans;
}

function eventThreads(random: Random, events: readonly DemoEvent[], animator: DemoMember) {
  const plans: ThreadPlan[] = [];
  for (const { input, organizer, speakers, attendees } of events) {
    const host = organizer.profile === 'staff' ? organizer : animator;
    const context = { title: input.title, date: input.date };
    const announced = addDays(input.date, -random.int(7, 14));
    plans.push({
      author: host,
      channel: 'annonces',
      timestamp: workTime(random, announced < '2020-11-05' ? '2020-11-05' : announced),
      kind: 'announce',
      replies: random.chance(0.3) ? 1 : 0,
      delay: 300,
      context,
      mentions: speakers,
    });
    plans.push({
      author: host,
      channel: 'general',
      timestamp: workTime(random, addDays(input.date, random.int(1, 2))),
      kind: 'followup',
      replies: Math.min(attendees.length - 1, replyCount(random, 2.5)),
      delay: 200,
      context,
    });
  }
  return plans;
}

function memberThreads(random: Random, members: readonly DemoMember[], resources: DemoResource[]) {
  const plans: ThreadPlan[] = [];
  for (const m of members) {
    if (!['core', 'active', 'occasional'].includes(m.profile) || !random.chance(0.45)) continue;
    const { name, role, organization, region } = m.input;
    plans.push({
      author: m,
      channel: 'general',
      timestamp: workTime(random, addDays(m.joinedAt, random.int(1, 20))),
      kind: 'intro',
      replies: 1 + random.int(0, 2),
      delay: 120,
      context: { name, role: role ?? '', org: organization ?? '', region: region ?? '' },
    });
  }
  for (const { author, input } of resources) {
    plans.push({
      author,
      channel: random.pick(TOPICAL),
      timestamp: workTime(random, input.date.slice(0, 10)),
      kind: 'share',
      replies: 1 + replyCount(random, 2),
      delay: 180,
      text: `Comme promis, voici notre ${input.kind} « ${input.title} ». Vos commentaires sont les bienvenus!`,
    });
  }
  return plans;
}

/**
 * Simulates four years of exchanges in Slack-like channels: monthly threads whose number follows
 * the community's momentum (members' questions and shares, staff prompts), event announcements
 * and follow-ups, newcomers' introductions and shared resources; then sorts them by time and
 * numbers them `msg-00001`… with `replyTo` and `thread` pointing to those ids.
 */
export function generateMessages(
  random: Random,
  members: readonly DemoMember[],
  events: readonly DemoEvent[],
  resources: DemoResource[],
  asOf: string,
): MessageInput[] {
  const animator = members.find((m) => m.profile === 'staff');
  if (animator === undefined) return [];
  const plans = [
    ...monthlyThreads(random, members, asOf),
    ...eventThreads(random, events, animator),
    ...memberThreads(random, members, resources),
  ];
  const drafts: Draft[] = [];
  for (const plan of plans) {
    if (plan.timestamp.slice(0, 10) >= asOf || !isAvailable(plan.author, plan.timestamp)) continue;
    drafts.push(...writeThread(random, plan, members, asOf));
  }
  const order = drafts.map((draft, index) => ({ draft, index }));
  order.sort((a, b) => a.draft.time - b.draft.time || a.index - b.index);
  const ids = new Map<Draft, string>();
  for (const [i, { draft }] of order.entries())
    ids.set(draft, `msg-${String(i + 1).padStart(5, '0')}`);
  return order.map(({ draft }) => ({
    externalId: ids.get(draft) ?? '',
    author: { email: draft.author.email },
    channel: draft.channel,
    timestamp: new Date(draft.time).toISOString(),
    replyTo: draft.parent ? (ids.get(draft.parent) ?? null) : null,
    thread: ids.get(draft.root ?? draft) ?? null,
    text: draft.text,
    mentions: draft.mentions.map((m) => ({ email: m.email })),
  }));
}
