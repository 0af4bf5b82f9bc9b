import type { Community } from './community.js';
import type { Contribution, Tie } from './contribution.js';
import type { Attendance, Event } from './event.js';
import type { Member } from './member.js';
import type { Message } from './message.js';
import type { MessageTable } from './message-table.js';

/** One community's data, loaded in memory: what every analytics function reads. */
export interface Dataset {
  readonly community: Community;
  readonly members: readonly Member[];
  readonly events: readonly Event[];
  readonly attendance: readonly Attendance[];
  readonly messages: readonly Message[];
  /**
   * The same messages in columns, when the loader built them directly (`loadDataset` with
   * `messages: 'table'`); `messages` is then empty. The analytics read messages only through
   * `messageTable(dataset)`, which builds the columns from `messages` otherwise.
   */
  readonly messageTable?: MessageTable;
  readonly contributions: readonly Contribution[];
  readonly ties: readonly Tie[];
}
