import type { Contribution, Tie } from '../model/contribution.js';
import type { Dataset } from '../model/dataset.js';
import type { Attendance, Event } from '../model/event.js';
import type { Batch, EventRef, PersonRef } from '../model/input.js';
import type { Identity, Member } from '../model/member.js';
import type { Message } from '../model/message.js';
import { type DemoCommunity, generateDemo } from './generate-demo.js';

/** Finds a member id from a PersonRef: by email, then handle, then name (product.md §5). */
type Resolve = (ref: PersonRef) => number | undefined;

function identitiesOf(input: Batch['members'][number]): Identity[] {
  return [
    ...input.emails.map((email) => ({
      kind: 'email' as const,
      source: '',
      value: email.toLowerCase(),
    })),
    ...input.handles.map((h) => ({
      kind: 'handle' as const,
      source: h.source,
      value: h.value.toLowerCase(),
    })),
    { kind: 'name' as const, source: '', value: input.name.toLowerCase() },
  ];
}

function resolver(members: readonly Member[]): Resolve {
  const byKey = new Map<string, number>();
  for (const member of members) {
    for (const identity of member.identities) {
      const key = `${identity.kind}:${identity.source}:${identity.value}`;
      if (!byKey.has(key)) byKey.set(key, member.id);
    }
  }
  return (ref) =>
    (ref.email && byKey.get(`email::${ref.email.toLowerCase()}`)) ||
    (ref.handle && byKey.get(`handle:${ref.handle.source}:${ref.handle.value.toLowerCase()}`)) ||
    (ref.name && byKey.get(`name::${ref.name.toLowerCase()}`)) ||
    undefined;
}

function eventFinder(events: readonly Event[]): (ref: EventRef) => number | undefined {
  const byExternal = new Map(events.map((e) => [e.externalId, e.id]));
  return (ref) =>
    (ref.externalId !== undefined ? byExternal.get(ref.externalId) : undefined) ??
    events.find((e) => e.title === ref.title && (!ref.date || e.date.startsWith(ref.date)))?.id;
}

/**
 * Turns a batch into an in-memory dataset, as the store would after an import: ids from 1 in
 * batch order, PersonRefs resolved by email, then handle, then name; records naming nobody known
 * are dropped. `replyTo` and `thread` stay external ids, as in the store.
 * @example batchToDataset(batch, { id: 1, slug: 'demo', name: 'Demo', host: null })
 */
export function batchToDataset(batch: Batch, community: Dataset['community']): Dataset {
  const members: Member[] = batch.members.map((input, i) => ({
    id: i + 1,
    name: input.name,
    identities: identitiesOf(input),
    organization: input.organization,
    role: input.role,
    region: input.region,
    disciplines: [...input.disciplines],
    orgType: input.orgType,
    joinedAt: input.joinedAt,
    leftAt: input.leftAt,
    staff: input.staff,
  }));
  const find = resolver(members);
  const events: Event[] = batch.events.map((input, i) => ({
    id: i + 1,
    externalId: input.externalId,
    title: input.title,
    date: input.date,
    end: input.end,
    format: input.format,
    kind: input.kind,
    theme: input.theme,
    organizerId: input.organizer ? (find(input.organizer) ?? null) : null,
    registrants: input.registrants,
  }));
  const findEvent = eventFinder(events);
  const attendance: Attendance[] = [];
  const seen = new Set<string>();
  for (const row of batch.attendance) {
    const eventId = findEvent(row.event);
    const memberId = find(row.person);
    if (eventId === undefined || memberId === undefined || seen.has(`${eventId}:${memberId}`))
      continue;
    seen.add(`${eventId}:${memberId}`);
    attendance.push({ eventId, memberId, role: row.role });
  }
  const messages: Message[] = [];
  for (const input of batch.messages) {
    const authorId = find(input.author);
    if (authorId === undefined) continue;
    const mentions = input.mentions.map(find).filter((id): id is number => id !== undefined);
    const { externalId, channel, timestamp, replyTo, thread, text } = input;
    messages.push({
      id: messages.length + 1,
      externalId,
      authorId,
      channel,
      timestamp,
      replyTo,
      thread,
      text,
      mentions,
    });
  }
  const contributions: Contribution[] = [];
  for (const input of batch.contributions) {
    const authorId = find(input.author);
    if (authorId === undefined) continue;
    const { date, kind, title } = input;
    contributions.push({ id: contributions.length + 1, authorId, date, kind, title });
  }
  const ties: Tie[] = [];
  for (const input of batch.ties) {
    const sourceId = find(input.source);
    const targetId = find(input.target);
    if (sourceId === undefined || targetId === undefined) continue;
    ties.push({ sourceId, targetId, weight: input.weight, date: input.date });
  }
  return { community, members, events, attendance, messages, contributions, ties };
}

/**
 * The demo community as an in-memory dataset (community id 1), for tests and the diagnosis
 * without a store; `demo` defaults to `generateDemo()`.
 * @example analyse(demoDataset(), { asOf: DEMO_AS_OF })
 */
export function demoDataset(demo: DemoCommunity = generateDemo()): Dataset {
  const { slug, name, host } = demo.community;
  return batchToDataset(demo.batch, { id: 1, slug, name, host });
}
