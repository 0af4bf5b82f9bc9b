import { z } from 'zod';

/** One post in an online exchange space (Slack, Discord, mailing list, forum...). */
export const MessageSchema = z.object({
  id: z.number().int(),
  /** The identifier in the source, unique within the community. */
  externalId: z.string().min(1),
  authorId: z.number().int(),
  channel: z.string(),
  /** ISO date-time, UTC. */
  timestamp: z.string(),
  /** `externalId` of the message this one replies to, if any. */
  replyTo: z.string().nullable(),
  /** Thread key (the `externalId` of the thread's first message), if any. */
  thread: z.string().nullable(),
  text: z.string(),
  /** Members mentioned in the text. */
  mentions: z.array(z.number().int()),
});
export type Message = z.infer<typeof MessageSchema>;
