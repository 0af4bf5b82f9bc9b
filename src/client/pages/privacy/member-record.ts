/** A consent decision as the record gives it. */
export interface ConsentView {
  readonly use: string;
  readonly granted: boolean;
  readonly decidedOn: string;
  readonly source: string;
}

/** `GET privacy/members/:id`: the member's record (as `pouls member show --json`). */
export interface MemberRecordView {
  readonly member: {
    readonly id: number;
    readonly name: string;
    readonly organization: string | null;
    readonly role: string | null;
    readonly region: string | null;
    readonly disciplines: readonly string[];
    readonly joinedAt: string | null;
    readonly leftAt: string | null;
    readonly staff: boolean;
    readonly erasedOn: string | null;
  };
  readonly identities: readonly { kind: string; source: string | null; value: string }[];
  readonly consents: readonly ConsentView[];
  readonly counts: {
    readonly attendance: number;
    readonly messages: number;
    readonly contributions: number;
    readonly ties: number;
    readonly surveyResponses: number;
  };
}

/** The API path of a member's privacy resource: `/communities/demo/privacy/members/42`. */
export function memberPath(slug: string, id: number, rest = ''): string {
  return `/communities/${encodeURIComponent(slug)}/privacy/members/${id}${rest ? `/${rest}` : ''}`;
}
