import type { Dataset } from '../model/dataset.js';
import type { ActivityIndex } from './activity-index.js';
import { NO_DAY, windowStart, YEAR_DAYS } from './day.js';
import { isThreadStart } from './message-table.js';

/**
 * P3 facilitator dependency (method.md §4.1; Webber: leader energy should fall as the community
 * matures): share of the activities started in the 12 months up to `endDay` that staff started.
 * Started activities are events (staff-started when organised by staff or hosted by a staff
 * member) and thread-starting messages (no `replyTo`, and no `thread` or `thread` = own id;
 * staff-started when written by staff). 0 when nothing was started. Default thresholds [E]:
 * healthy < 0.5, act > 0.8.
 */
export function facilitatorShare(
  dataset: Dataset,
  index: ActivityIndex,
  endDay: number = index.asOfDay,
): number {
  const from = windowStart(endDay, YEAR_DAYS);
  const inWindow = (day: number): boolean => day !== NO_DAY && day >= from && day <= endDay;
  const isStaff = (memberId: number | null): boolean => {
    const m = memberId === null ? undefined : index.indexById.get(memberId);
    return m !== undefined && index.isStaff[m] === 1;
  };
  const staffEvents = new Set<number>();
  for (const a of dataset.attendance) {
    if (a.role === 'host' && isStaff(a.memberId)) staffEvents.add(a.eventId);
  }
  let started = 0;
  let byStaff = 0;
  dataset.events.forEach((event, i) => {
    if (!inWindow(index.eventDay[i] as number)) return;
    started++;
    if (isStaff(event.organizerId) || staffEvents.has(event.id)) byStaff++;
  });
  const messages = index.messages;
  for (let i = 0; i < messages.length; i++) {
    if (!isThreadStart(messages, i) || !inWindow(index.messageDay[i] as number)) continue;
    started++;
    if (isStaff(messages.authorId[i] as number)) byStaff++;
  }
  return started === 0 ? 0 : byStaff / started;
}
