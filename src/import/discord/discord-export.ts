import { z } from 'zod';

const userSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  nickname: z.string().nullish(),
  isBot: z.boolean().optional(),
});

/** One message of a DiscordChatExporter JSON export, with the fields Pouls reads. */
export const discordMessageSchema = z.object({
  id: z.string().min(1),
  type: z.string().optional(),
  timestamp: z.string(),
  content: z.string().nullish(),
  author: userSchema,
  mentions: z.array(userSchema).optional(),
  reference: z.object({ messageId: z.string().nullish() }).nullish(),
});

/** A person as DiscordChatExporter writes them (author, mention). */
export type DiscordUser = z.infer<typeof userSchema>;

/** A message as DiscordChatExporter writes it. */
export type DiscordMessage = z.infer<typeof discordMessageSchema>;

/**
 * The frame of a DiscordChatExporter JSON export: the guild, the channel, and the messages,
 * each checked on its own (`discordMessageSchema`) so that one odd message does not hide the rest.
 */
export const discordExportSchema = z.object({
  guild: z.object({ id: z.string().optional(), name: z.string().optional() }),
  channel: z.object({ id: z.string().min(1), name: z.string().optional() }),
  messages: z.array(z.unknown()),
});
