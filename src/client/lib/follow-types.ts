/** What the follow and connect routes answer (docs/api.md), as the client reads it. */

type Label = { readonly fr: string; readonly en: string };
type Pair = { readonly before: number; readonly after: number; readonly delta: number };

/** `GET /snapshots` rows. */
export interface SnapshotHeader {
  readonly name: string;
  readonly asOf: string;
  readonly scenario: string | null;
}

/** `GET /snapshots/compare`: the comparison of two snapshots. */
export interface Comparison {
  readonly before: {
    readonly name: string;
    readonly asOf: string;
    readonly scenario: string | null;
  };
  readonly after: { readonly name: string; readonly asOf: string };
  readonly months: number;
  readonly names: boolean;
  readonly indicators: ReadonlyArray<{
    readonly id: string;
    readonly label: Label;
    readonly before: number | null;
    readonly after: number | null;
    readonly delta: number | null;
    readonly direction: 'up' | 'down' | 'flat' | 'unknown';
    readonly verdict: 'better' | 'worse' | 'same' | 'unknown';
    readonly statusAfter: string;
  }>;
  readonly levels: ReadonlyArray<{
    readonly level: string;
    readonly before: number;
    readonly after: number;
    readonly delta: number;
  }>;
  readonly members: {
    readonly total: Pair;
    readonly active: Pair;
    readonly up: number;
    readonly down: number;
    readonly moves: ReadonlyArray<{
      readonly memberId: number;
      readonly name: string;
      readonly from: string;
      readonly to: string;
    }>;
  };
  readonly findings: {
    readonly appeared: ReadonlyArray<{ readonly id: string; readonly title: Label }>;
    readonly resolved: ReadonlyArray<{ readonly id: string; readonly title: Label }>;
    readonly kept: number;
  };
  readonly network: Record<
    'nodes' | 'edges' | 'density' | 'modularity' | 'subgroups' | 'isolates',
    Pair
  > & {
    readonly brokers: {
      readonly kept: number;
      readonly gained: number;
      readonly lost: number;
      readonly gainedNames: ReadonlyArray<{ readonly name: string }>;
      readonly lostNames: ReadonlyArray<{ readonly name: string }>;
    };
  };
  readonly targets: ReadonlyArray<{
    readonly indicator: string;
    readonly start: number | null;
    readonly target: number | null;
    readonly expected: number | null;
    readonly actual: number | null;
    readonly standing: 'met' | 'onTrack' | 'notMet' | 'unknown';
  }>;
}

/** Hours summed by person or activity. */
export interface HoursBy {
  readonly key: string;
  readonly hours: number;
}

/** One phase of `GET /log` against its budget. */
export interface PhaseSummary {
  readonly id: number | null;
  readonly name: string | null;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly budgetHours: number | null;
  readonly spentHours: number;
  readonly remainingHours: number | null;
  readonly used: number | null;
  readonly over: boolean;
  readonly byPerson: readonly HoursBy[];
  readonly byActivity: readonly HoursBy[];
  readonly deliverables: ReadonlyArray<{
    readonly id: number;
    readonly date: string;
    readonly title: string;
  }>;
}

/** `GET /log`. */
export interface LogSummary {
  readonly phases: readonly PhaseSummary[];
  readonly unassigned: PhaseSummary | null;
  readonly budgetHours: number;
  readonly spentHours: number;
}

/** A member as pickers list them. */
export interface MemberChoice {
  readonly memberId: number;
  readonly name: string;
}

/** One entry of `GET /directory`. */
export interface DirectoryEntry extends MemberChoice {
  readonly organization: string | null;
  readonly region: string | null;
  readonly expertise: readonly string[];
  readonly interests: readonly string[];
}

/** One recommendation, with its reasons in plain words (`why`). */
export interface Suggestion {
  readonly kind: 'peer' | 'answerer' | 'initiative';
  readonly memberId: number | null;
  readonly name: string | null;
  readonly item: { readonly type: string; readonly title: string; readonly date: string } | null;
  readonly why: string;
}

/** `GET /recommendations/:memberId`. */
export interface MemberSuggestions {
  readonly memberId: number;
  readonly name: string;
  readonly peers: readonly Suggestion[];
  readonly answerers: readonly Suggestion[];
  readonly initiatives: readonly Suggestion[];
}

/** `GET /api/p/:token`: the member's own profile. */
export interface OwnProfile {
  readonly memberId: number;
  readonly name: string;
  readonly profile: {
    readonly expertise: readonly string[];
    readonly interests: readonly string[];
    readonly organization: string | null;
    readonly region: string | null;
  };
  readonly consents: { readonly directory: boolean; readonly recommendations: boolean };
}
