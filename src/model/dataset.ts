import type { Community } from './community.js';
import type { Contribution, Tie } from './contribution.js';
import type { Attendance, Event } from './event.js';
import type { Member } from './member.js';
import type { Message } from './message.js';

/** One community's data, loaded in memory: what every analytics function reads. */
export interface Dataset {
  readonly community: Community;
  readonly members: readonly Member[];
  readonly events: readonly Event[];
  readonly attendance: readonly Attendance[];
  readonly messages: readonly Message[];
  readonly contributions: readonly Contribution[];
  readonly ties: readonly Tie[];
}
