import { type ActionEffect, actionEffect } from '../follow/index.js';
import type { Dataset } from '../model/dataset.js';
import { PoulsError } from '../model/pouls-error.js';
import { loadDataset, loadLogEntries, type Store } from '../store/index.js';
import { resolveCommunity } from './resolve-community.js';

/** Options of `pouls effect`: an event (its members are its attendees) or a deliverable. */
export interface EffectOptions {
  readonly community?: string;
  /** An event's identifier in its source file, or its title. */
  readonly event?: string;
  /** A deliverable of the accompaniment log: a community-wide action. */
  readonly deliverable?: number;
  readonly days: number;
}

/** An action's before/after reading, with what it was. */
export interface NamedEffect extends ActionEffect {
  readonly kind: 'event' | 'deliverable';
  readonly title: string;
}

function effectError(key: string, value: string): PoulsError {
  return new PoulsError('bad_input', `${key}: ${value}`, { params: { ns: 'follow', key, value } });
}

/** The last day the dataset has any activity on. */
function lastDay(dataset: Dataset): string {
  const days = [
    ...dataset.events.map((e) => e.date),
    ...dataset.messages.map((m) => m.timestamp),
    ...dataset.contributions.map((c) => c.date),
  ].map((d) => d.slice(0, 10));
  return days.sort().at(-1) ?? '';
}

/**
 * The before/after effect of a dated action (`pouls effect`): an event touches its attendees, a
 * deliverable of the log touches every non-staff member. See docs/follow.md for its limits.
 */
export async function effectOfAction(store: Store, options: EffectOptions): Promise<NamedEffect> {
  const community = await resolveCommunity(store, options.community);
  const dataset = await loadDataset(store.db, community);
  const dataEnd = lastDay(dataset);
  if (options.event !== undefined) {
    const event =
      dataset.events.find((e) => e.externalId === options.event) ??
      dataset.events.find((e) => e.title === options.event);
    if (!event) throw effectError('unknownEvent', options.event);
    const memberIds = dataset.attendance
      .filter((a) => a.eventId === event.id)
      .map((a) => a.memberId);
    const effect = actionEffect(
      dataset,
      { date: event.date, memberIds },
      { days: options.days, dataEnd },
    );
    return { ...effect, kind: 'event', title: event.title };
  }
  if (options.deliverable !== undefined) {
    const { deliverables } = await loadLogEntries(store.db, community.id);
    const found = deliverables.find((d) => d.id === options.deliverable);
    if (!found) throw effectError('unknownDeliverable', String(options.deliverable));
    const memberIds = dataset.members.filter((m) => !m.staff).map((m) => m.id);
    const effect = actionEffect(
      dataset,
      { date: found.date, memberIds },
      { days: options.days, dataEnd },
    );
    return { ...effect, kind: 'deliverable', title: found.title };
  }
  throw effectError('effectTarget', '');
}
