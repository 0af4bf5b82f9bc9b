import { z } from 'zod';
import type { MemberInput, PersonRef } from '../../model/input.js';
import type { Issue } from '../../model/issue.js';
import { normaliseName } from '../normalise-name.js';
import { parseEmail } from '../parse-email.js';

const userSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  real_name: z.string().optional(),
  deleted: z.boolean().optional(),
  is_bot: z.boolean().optional(),
  profile: z
    .object({
      email: z.string().optional(),
      real_name: z.string().optional(),
      display_name: z.string().optional(),
    })
    .optional(),
});

/** A person of `users.json`: how records name them, and whether they are a bot. */
export interface SlackUser {
  readonly ref: PersonRef;
  readonly isBot: boolean;
  readonly member: MemberInput;
}

/** Slackbot has its own id and is not flagged `is_bot` in every export. */
const SLACKBOT = 'USLACKBOT';

function userOf(raw: z.infer<typeof userSchema>): SlackUser {
  const { profile } = raw;
  const email = parseEmail(profile?.email ?? '');
  const name =
    [raw.real_name, profile?.real_name, profile?.display_name, raw.name]
      .map((value) => normaliseName(value ?? ''))
      .find((value) => value !== '') ?? raw.id;
  const handle = { source: 'slack', value: raw.id };
  return {
    ref: { handle, name, ...(email ? { email } : {}) },
    isBot: raw.is_bot === true || raw.id === SLACKBOT,
    member: {
      name,
      emails: email ? [email] : [],
      handles: [handle],
      organization: null,
      role: null,
      region: null,
      disciplines: [],
      orgType: null,
      joinedAt: null,
      leftAt: null,
      staff: false,
    },
  };
}

/**
 * Reads `users.json` into people by Slack user id: name (real name, else display name, else
 * user name), email when the export has it, and the handle `{source: 'slack', value: id}`.
 * Entries without an id give a `required_value` issue.
 */
export function slackUsers(
  json: unknown,
  file: string,
): { users: ReadonlyMap<string, SlackUser>; issues: Issue[] } {
  const users = new Map<string, SlackUser>();
  const issues: Issue[] = [];
  if (!Array.isArray(json)) {
    issues.push({ code: 'unreadable_file', file, params: { reason: 'not_slack' } });
    return { users, issues };
  }
  for (const raw of json) {
    const parsed = userSchema.safeParse(raw);
    if (parsed.success) users.set(parsed.data.id, userOf(parsed.data));
    else issues.push({ code: 'required_value', file, params: { field: 'id' } });
  }
  return { users, issues };
}
