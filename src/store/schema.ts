import type { Generated } from 'kysely';

/** Table types of the store, in snake_case as in SQL; mapped to the model in the repositories. */
export interface CommunityTable {
  id: Generated<number>;
  slug: string;
  name: string;
  host: string | null;
}

export interface MemberTable {
  id: Generated<number>;
  community_id: number;
  name: string;
  organization: string | null;
  role: string | null;
  region: string | null;
  /** JSON array of strings. */
  disciplines: string;
  org_type: string | null;
  joined_at: string | null;
  left_at: string | null;
  /** 0 or 1 (SQLite has no boolean; the same type on both databases keeps results identical). */
  staff: number;
  /** The member this one was merged into; merged members are hidden until split. */
  merged_into: number | null;
}

export interface IdentityTable {
  id: Generated<number>;
  community_id: number;
  member_id: number;
  kind: 'email' | 'handle' | 'name';
  source: string;
  value: string;
}

export interface EventTable {
  id: Generated<number>;
  community_id: number;
  external_id: string;
  title: string;
  date: string;
  end_at: string | null;
  format: 'virtual' | 'in_person' | 'hybrid' | null;
  kind: string | null;
  theme: string | null;
  organizer_id: number | null;
  registrants: number | null;
}

export interface AttendanceTable {
  event_id: number;
  member_id: number;
  role: 'participant' | 'speaker' | 'host';
}

export interface MessageTable {
  id: Generated<number>;
  community_id: number;
  external_id: string;
  author_id: number;
  channel: string;
  ts: string;
  reply_to: string | null;
  thread: string | null;
  text: string;
}

export interface MentionTable {
  message_id: number;
  member_id: number;
}

export interface ContributionTable {
  id: Generated<number>;
  community_id: number;
  author_id: number;
  date: string;
  kind: string;
  title: string;
}

export interface TieTable {
  id: Generated<number>;
  community_id: number;
  source_id: number;
  target_id: number;
  weight: number;
  /** ISO date, or '' for an undated tie (kept non-null so that re-imports stay idempotent). */
  date: string;
}

export interface ImportTable {
  id: Generated<number>;
  community_id: number;
  kind: string;
  file_name: string;
  /** JSON of the write summary. */
  summary: string;
}

export interface MergeTable {
  id: Generated<number>;
  community_id: number;
  kept_id: number;
  merged_id: number;
  /** JSON of what moved from the merged member to the kept one, to undo it exactly. */
  moved: string;
  undone: number;
}

export interface SurveyResponseTable {
  id: Generated<number>;
  community_id: number;
  source: string;
  external_id: string;
  instrument_id: string;
  /** The member who answered, when known (used for segments; shown only with consent). */
  member_id: number | null;
  /** JSON of the respondent as the export named them, or null. */
  respondent: string | null;
  submitted_at: string | null;
  consent_quotes: number;
  consent_identified: number;
  /** JSON of the answers by item id. */
  answers: string;
}

export interface JudgementTable {
  id: Generated<number>;
  community_id: number;
  finding_id: string;
  status: 'confirmed' | 'dismissed' | 'noted';
  note: string;
  /** ISO date the judgement was made; the latest per finding counts. */
  made_on: string;
}

export interface CommunitySettingsTable {
  community_id: number;
  /** JSON: threshold overrides and the steward's facts. */
  settings: string;
}

/** The uses a member consents to, one by one (Law 25: consent is specific to each purpose). */
export type ConsentUse = 'directory' | 'quotes' | 'identified_survey' | 'recommendations';

export interface ConsentTable {
  member_id: number;
  use: ConsentUse;
  /** 1 granted, 0 declined; no row means not asked, which counts as declined. */
  granted: number;
  /** ISO date of the decision. */
  decided_on: string;
  /** Where the decision came from: 'survey', 'self' (personal link), 'steward', 'import'. */
  source: string;
}

export interface AuditTable {
  id: Generated<number>;
  /** ISO timestamp, passed in by the caller (the cores have no clock). */
  at: string;
  /** Who acted: a user's email, or `cli:<name>` on the command line. */
  actor: string;
  /** What was done: 'view', 'export', 'change', 'erase', 'import', 'login', ... */
  action: string;
  community_id: number | null;
  /** What it was done to, e.g. `member:42`, `report`, `survey`; never a person's name. */
  target: string;
  /** JSON of details without personal data. */
  detail: string;
}

/** A community's retention period: personal details of members inactive longer are removed. */
export interface RetentionPolicyTable {
  community_id: number;
  months: number;
}

/** A member whose personal details were removed; the row stays as an anonymous placeholder. */
export interface ErasureTable {
  member_id: number;
  community_id: number;
  /** ISO date of the erasure. */
  erased_on: string;
  /** 'request' (`pouls member erase`) or 'retention'. */
  reason: string;
}

/** The whole store schema, as Kysely sees it. */
export interface Database {
  communities: CommunityTable;
  members: MemberTable;
  identities: IdentityTable;
  events: EventTable;
  attendance: AttendanceTable;
  messages: MessageTable;
  mentions: MentionTable;
  contributions: ContributionTable;
  ties: TieTable;
  imports: ImportTable;
  merges: MergeTable;
  survey_responses: SurveyResponseTable;
  judgements: JudgementTable;
  community_settings: CommunitySettingsTable;
  consents: ConsentTable;
  audit_log: AuditTable;
  retention_policies: RetentionPolicyTable;
  erasures: ErasureTable;
}
