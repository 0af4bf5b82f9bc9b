import type { DayMonthOrder } from '../sheet/parse-date.js';

/** How one platform's attendee export names its columns (aliases, French and English). */
export interface AttendeeSpec {
  /** The platform, as the prefix of event external ids (`eventbrite`, `zeffy`). */
  readonly source: string;
  /** Day/month order of numeric dates when the values cannot tell. */
  readonly defaultOrder: DayMonthOrder;
  readonly columns: {
    readonly firstName: readonly string[];
    readonly lastName: readonly string[];
    readonly fullName: readonly string[];
    readonly email: readonly string[];
    readonly event: readonly string[];
    readonly eventId: readonly string[];
    readonly eventDate: readonly string[];
    /** A status whose words say checked in, registered or cancelled. */
    readonly status: readonly string[];
    /** A yes/no (or date) check-in column. */
    readonly checkIn: readonly string[];
  };
}
