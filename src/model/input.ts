import type { ATTENDANCE_ROLES, EVENT_FORMATS } from './event.js';

/**
 * How an imported record names a person before identity resolution: matched first by email,
 * then by handle, then by name (product.md §5). At least one field is set.
 */
export interface PersonRef {
  readonly email?: string;
  readonly handle?: { readonly source: string; readonly value: string };
  readonly name?: string;
}

/** A member as a source describes it, before it has a store id. */
export interface MemberInput {
  readonly name: string;
  readonly emails: readonly string[];
  readonly handles: readonly { readonly source: string; readonly value: string }[];
  readonly organization: string | null;
  readonly role: string | null;
  readonly region: string | null;
  readonly disciplines: readonly string[];
  readonly orgType: string | null;
  readonly joinedAt: string | null;
  readonly leftAt: string | null;
  readonly staff: boolean;
}

/** An event as a source describes it; `externalId` makes re-imports idempotent. */
export interface EventInput {
  readonly externalId: string;
  readonly title: string;
  readonly date: string;
  readonly end: string | null;
  readonly format: (typeof EVENT_FORMATS)[number] | null;
  readonly kind: string | null;
  readonly theme: string | null;
  readonly organizer: PersonRef | null;
  readonly registrants: number | null;
}

/** How an attendance row names its event: by external id, or by title and optional date. */
export interface EventRef {
  readonly externalId?: string;
  readonly title?: string;
  readonly date?: string;
}

export interface AttendanceInput {
  readonly event: EventRef;
  readonly person: PersonRef;
  readonly role: (typeof ATTENDANCE_ROLES)[number];
}

export interface MessageInput {
  readonly externalId: string;
  readonly author: PersonRef;
  readonly channel: string;
  readonly timestamp: string;
  readonly replyTo: string | null;
  readonly thread: string | null;
  readonly text: string;
  readonly mentions: readonly PersonRef[];
}

export interface ContributionInput {
  readonly author: PersonRef;
  readonly date: string;
  readonly kind: string;
  readonly title: string;
}

export interface TieInput {
  readonly source: PersonRef;
  readonly target: PersonRef;
  readonly weight: number;
  readonly date: string | null;
}

/** What an importer or the demo generator yields: records to write in one transaction. */
export interface Batch {
  readonly members: readonly MemberInput[];
  readonly events: readonly EventInput[];
  readonly attendance: readonly AttendanceInput[];
  readonly messages: readonly MessageInput[];
  readonly contributions: readonly ContributionInput[];
  readonly ties: readonly TieInput[];
}

/** A batch with nothing in it, to spread into partial batches. */
export const EMPTY_BATCH: Batch = Object.freeze({
  members: [],
  events: [],
  attendance: [],
  messages: [],
  contributions: [],
  ties: [],
});
