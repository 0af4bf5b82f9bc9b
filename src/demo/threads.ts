import { type DemoMember, isAvailable } from './members.js';
import type { Random } from './random.js';
import { composeText, type TextContext, type TextKind } from './texts.js';

/** A message before ids are assigned: replies point to their parent and thread root drafts. */
export interface Draft {
  readonly author: DemoMember;
  readonly channel: string;
  /** Epoch milliseconds (UTC). */
  readonly time: number;
  readonly parent: Draft | null;
  readonly root: Draft | null;
  readonly text: string;
  readonly mentions: readonly DemoMember[];
}

/** What a thread's replies say, by the kind of its first message. */
const REPLY_KIND: Partial<Record<TextKind, TextKind>> = {
  question: 'answer',
  share: 'shareReply',
  prompt: 'promptReply',
  followup: 'followupReply',
  intro: 'welcome',
  announce: 'followupReply',
};

/** How much more a member replies in a thread started by someone of the same zone. */
function affinity(root: DemoMember, member: DemoMember, channel: string): number {
  if (member.profile === 'staff') return root.zone === 'far' ? 0.6 : 1;
  const regional = channel === 'diffusion-en-région' || root.zone === 'far';
  if (regional)
    return member.zone === 'far' ? (member.input.region === root.input.region ? 9 : 6) : 0.2;
  return member.zone === 'far' ? 0.2 : 1;
}

/** Options of one thread: its first message and how many replies it should get. */
export interface ThreadPlan {
  readonly author: DemoMember;
  readonly channel: string;
  readonly timestamp: string;
  readonly kind: TextKind;
  readonly replies: number;
  /** Mean delay before the first reply, in minutes (longer when the community is quiet). */
  readonly delay: number;
  readonly context?: Partial<TextContext>;
  readonly text?: string;
  readonly mentions?: readonly DemoMember[];
}

/**
 * Writes a thread: the first message, then replies by members weighted by engagement, voice
 * and regional affinity; the first author sometimes thanks a replier, and replies sometimes
 * answer an earlier reply and mention its author. Replies that would fall on or after `end`
 * are not written.
 */
export function writeThread(
  random: Random,
  plan: ThreadPlan,
  members: readonly DemoMember[],
  end: string,
): Draft[] {
  const context: TextContext = { channel: plan.channel, ...plan.context };
  const start = Date.parse(plan.timestamp);
  const root: Draft = {
    author: plan.author,
    channel: plan.channel,
    time: start,
    parent: null,
    root: null,
    text: plan.text ?? composeText(random, plan.kind, context),
    mentions: plan.mentions ?? [],
  };
  const drafts: Draft[] = [root];
  if (plan.replies === 0) return drafts;
  const pool: DemoMember[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const m of members) {
    if (m === plan.author || m.voice <= 0 || !isAvailable(m, plan.timestamp)) continue;
    total += m.weight * m.voice * affinity(plan.author, m, plan.channel);
    pool.push(m);
    cumulative.push(total);
  }
  if (total <= 0) return drafts;
  const endTime = Date.parse(`${end}T00:00:00Z`);
  let time = start;
  for (let i = 0; i < plan.replies; i++) {
    const minutes = 1 - (i === 0 ? plan.delay : 240) * Math.log(1 - random.next());
    time = daytime(time + Math.round(minutes) * MINUTE);
    if (time >= endTime) break;
    const last = drafts[drafts.length - 1] ?? root;
    const thanking = i > 0 && last.author !== plan.author && random.chance(0.25);
    const author = thanking ? plan.author : pickCumulative(random, pool, cumulative, total);
    const parent = thanking ? last : i > 0 && random.chance(0.3) ? random.pick(drafts) : root;
    const kind = thanking ? 'thanks' : (REPLY_KIND[plan.kind] ?? 'answer');
    const metoo = kind === 'answer' && random.chance(0.08);
    let text = composeText(random, metoo ? 'metoo' : kind, {
      ...context,
      name: parent.author.firstName,
    });
    const mentions: DemoMember[] = [];
    if (parent.author !== author && random.chance(thanking ? 0.3 : 0.15)) {
      mentions.push(parent.author);
      text = `@${parent.author.firstName} ${text}`;
    }
    drafts.push({ author, channel: plan.channel, time, parent, root, text, mentions });
  }
  return drafts;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Moves a night-time moment (Québec time, roughly) to the next morning: people sleep. */
function daytime(time: number): number {
  const hour = (new Date(time).getUTCHours() + 19) % 24;
  if (hour >= 23) return time + (24 - hour + 8) * HOUR;
  if (hour < 7) return time + (8 - hour) * HOUR;
  return time;
}

function pickCumulative(
  random: Random,
  pool: readonly DemoMember[],
  cumulative: readonly number[],
  total: number,
): DemoMember {
  const r = random.next() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return pool[lo] as DemoMember;
}
