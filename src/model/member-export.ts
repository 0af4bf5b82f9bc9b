import { z } from 'zod';
import { CONSENT_USES } from './choices.js';
import { IdentitySchema } from './member.js';

const ConsentUseSchema = z.enum(CONSENT_USES);

/**
 * Everything Pouls holds about one person (`pouls member export`, Law 25's right of access),
 * schemaVersion 1. Other people appear only by their member id, never by name.
 */
export const MemberExportSchema = z.object({
  schemaVersion: z.literal(1),
  /** ISO timestamp of the export. */
  exportedAt: z.string(),
  community: z.object({ slug: z.string(), name: z.string() }),
  member: z.object({
    id: z.number().int(),
    name: z.string(),
    organization: z.string().nullable(),
    role: z.string().nullable(),
    region: z.string().nullable(),
    disciplines: z.array(z.string()),
    orgType: z.string().nullable(),
    joinedAt: z.string().nullable(),
    leftAt: z.string().nullable(),
    staff: z.boolean(),
    /** Other member records merged into this one (the same person under other identities). */
    mergedIds: z.array(z.number().int()),
    /** Set when the person's details were erased (on request or by retention). */
    erasedOn: z.string().nullable(),
  }),
  /** Emails, handles and names the person is recognised by, as normalised for matching. */
  identities: z.array(IdentitySchema),
  consents: z.array(
    z.object({
      use: ConsentUseSchema,
      granted: z.boolean(),
      decidedOn: z.string(),
      source: z.string(),
    }),
  ),
  attendance: z.array(
    z.object({
      eventId: z.number().int(),
      title: z.string(),
      date: z.string(),
      role: z.enum(['participant', 'speaker', 'host']),
    }),
  ),
  eventsOrganised: z.array(
    z.object({ eventId: z.number().int(), title: z.string(), date: z.string() }),
  ),
  messages: z.array(
    z.object({
      id: z.number().int(),
      externalId: z.string(),
      channel: z.string(),
      timestamp: z.string(),
      replyTo: z.string().nullable(),
      thread: z.string().nullable(),
      text: z.string(),
    }),
  ),
  /** Messages of others that mention the person (their text is the other author's). */
  mentionedIn: z.array(
    z.object({ messageId: z.number().int(), channel: z.string(), timestamp: z.string() }),
  ),
  contributions: z.array(
    z.object({ id: z.number().int(), date: z.string(), kind: z.string(), title: z.string() }),
  ),
  ties: z.array(
    z.object({
      /** The other member, by id only. */
      otherId: z.number().int(),
      direction: z.enum(['from', 'to']),
      weight: z.number(),
      date: z.string(),
    }),
  ),
  surveyResponses: z.array(
    z.object({
      id: z.number().int(),
      source: z.string(),
      instrumentId: z.string(),
      submittedAt: z.string().nullable(),
      consentQuotes: z.boolean(),
      consentIdentified: z.boolean(),
      answers: z.record(z.string(), z.unknown()),
    }),
  ),
  /** The steward's notes on findings that name the person. */
  findingNotes: z.array(
    z.object({ findingId: z.string(), status: z.string(), note: z.string(), madeOn: z.string() }),
  ),
  /** Audit entries about the person (`target` = `member:ID`). */
  audit: z.array(
    z.object({
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type MemberExport = z.infer<typeof MemberExportSchema>;
