import { z } from 'zod';

export const EVENT_FORMATS = ['virtual', 'in_person', 'hybrid'] as const;
export const ATTENDANCE_ROLES = ['participant', 'speaker', 'host'] as const;

/** A synchronous activity of the community: meeting, webinar, workshop, 5 à 7... */
export const EventSchema = z.object({
  id: z.number().int(),
  /** The identifier in the source file, unique within the community. */
  externalId: z.string().min(1),
  title: z.string().min(1),
  /** ISO date or date-time (UTC) of the start. */
  date: z.string(),
  end: z.string().nullable(),
  format: z.enum(EVENT_FORMATS).nullable(),
  kind: z.string().nullable(),
  theme: z.string().nullable(),
  organizerId: z.number().int().nullable(),
  registrants: z.number().int().nonnegative().nullable(),
});
export type Event = z.infer<typeof EventSchema>;

/** One member's presence at one event (a person who joined several times attended once). */
export const AttendanceSchema = z.object({
  eventId: z.number().int(),
  memberId: z.number().int(),
  role: z.enum(ATTENDANCE_ROLES),
});
export type Attendance = z.infer<typeof AttendanceSchema>;
