import type { Generated } from 'kysely';
import type { ConsentUse } from '../model/choices.js';

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

export type { ConsentUse };

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

/** A person who signs in to the web app; `admin` 1 administers the whole installation. */
export interface UserTable {
  id: Generated<number>;
  email: string;
  /** argon2id hash (PHC string). */
  password_hash: string;
  admin: number;
  created_at: string;
}

/** The roles of a user in a community, from most to least powerful. */
export type CommunityRole = 'admin' | 'steward' | 'facilitator' | 'viewer';

export interface MembershipTable {
  user_id: number;
  community_id: number;
  role: CommunityRole;
}

export interface SessionTable {
  /** SHA-256 of the session id held in the cookie (a stolen table gives no session). */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface SurveyLinkTable {
  /** Random token: the capability to answer. */
  token: string;
  community_id: number;
  /** 'public' (shared, hands out a private link per respondent), 'personal', or 'respondent'. */
  kind: 'public' | 'personal' | 'respondent';
  member_id: number | null;
  /** For a respondent link: the public link it came from. */
  parent_token: string | null;
  /** JSON of the answers saved so far, by item id. */
  answers: string;
  /** JSON `{quotes, identified}`. */
  consent: string;
  lang: string;
  created_at: string;
  submitted_at: string | null;
}

export interface ReportTable {
  /** Random hex id. */
  id: string;
  community_id: number;
  format: string;
  lang: string;
  created_at: string;
  created_by: string;
  content: Uint8Array;
}

export interface SnapshotTable {
  id: Generated<number>;
  community_id: number;
  name: string;
  /** ISO date the snapshot's analysis is computed at. */
  as_of: string;
  /** The plan scenario chosen at that date (`relaunch`...), whose targets are kept. */
  scenario: string | null;
  /** JSON of the chosen scenario's targets. */
  targets: string;
  /** JSON of the analysis, diagnosis and plan contracts. */
  analysis: string;
  diagnosis: string;
  plan: string;
}

export interface LogPhaseTable {
  id: Generated<number>;
  community_id: number;
  name: string;
  starts_on: string;
  ends_on: string;
  budget_hours: number;
}

export interface LogHoursTable {
  id: Generated<number>;
  community_id: number;
  phase_id: number | null;
  date: string;
  person: string;
  activity: string;
  hours: number;
}

export interface LogDeliverableTable {
  id: Generated<number>;
  community_id: number;
  phase_id: number | null;
  date: string;
  title: string;
}

export interface ProfileTable {
  member_id: number;
  /** JSON arrays of strings. */
  expertise: string;
  interests: string;
  organization: string | null;
  region: string | null;
  updated_on: string;
}

export interface ProfileTokenTable {
  /** SHA-256 of the personal link's token, hex; the token itself is never stored. */
  token_hash: string;
  member_id: number;
  created_on: string;
  expires_on: string;
  revoked: number;
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

/** An erased member's identity as a one-way hash (`erasedKey`), pointing at its placeholder. */
export interface ErasedIdentityTable {
  community_id: number;
  key_hash: string;
  member_id: number;
}

/** Two members a steward said are two people: merge suggestions leave the pair out. */
export interface DistinctMembersTable {
  community_id: number;
  /** The smaller id of the pair. */
  first_id: number;
  second_id: number;
  /** ISO date of the decision. */
  decided_on: string;
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
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  survey_links: SurveyLinkTable;
  reports: ReportTable;
  snapshots: SnapshotTable;
  log_phases: LogPhaseTable;
  log_hours: LogHoursTable;
  log_deliverables: LogDeliverableTable;
  profiles: ProfileTable;
  profile_tokens: ProfileTokenTable;
  retention_policies: RetentionPolicyTable;
  erasures: ErasureTable;
  erased_identities: ErasedIdentityTable;
  distinct_members: DistinctMembersTable;
}
