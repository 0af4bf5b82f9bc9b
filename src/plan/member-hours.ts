import type { Action } from '../model/index.js';
import type { CommunityProfile } from './community-profile.js';
import { middle } from './effort.js';

/** Member-side hours by role, kept apart from staff hours (method.md §5.2). */
export interface MemberLedger {
  core: number;
  members: number;
  sponsor: number;
}

/**
 * Member-side hours of selected actions over the horizon [E]: for each `memberEffort` line,
 * occurrences × people × mid hours per person, where `core` people = the core group size and
 * `attendees` = expected attendance per activity (community profile). No contingency: these are
 * hours members give, not hours the organisation plans.
 *
 * @example
 * memberLedger([{ action: A5, occurrences: 8 }], profile) // { core: 8 × 6 × 1.25 = 60, ... }
 */
export function memberLedger(
  selected: readonly { action: Action; occurrences: number }[],
  profile: Pick<CommunityProfile, 'coreGroupSize' | 'attendeesPerActivity'>,
): MemberLedger {
  const ledger: MemberLedger = { core: 0, members: 0, sponsor: 0 };
  for (const { action, occurrences } of selected) {
    for (const line of action.memberEffort) {
      const people =
        line.people === 'core'
          ? profile.coreGroupSize
          : line.people === 'attendees'
            ? profile.attendeesPerActivity
            : line.people;
      ledger[line.role] += occurrences * people * middle(line.hours);
    }
  }
  return ledger;
}
