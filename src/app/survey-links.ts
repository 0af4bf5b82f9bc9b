import { randomBytes } from 'node:crypto';
import type { Analysis } from '../model/analysis.js';
import type { Community } from '../model/community.js';
import { SURVEY_INSTRUMENT, type SurveyItem } from '../model/survey-instrument.js';
import {
  findSurveyLink,
  insertSurveyLink,
  listSurveyLinks,
  type Store,
  type StoredSurveyLink,
  saveSurveyProgress,
  submitSurveyLink,
} from '../store/index.js';

/** A new random token: 128 bits, URL-safe. */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Creates survey links: one public link, or one personal link per member. */
export async function createSurveyLinks(
  store: Store,
  options: {
    community: Community;
    kind: 'public' | 'personal';
    memberIds?: readonly number[];
    lang: string;
    now: Date;
  },
): Promise<StoredSurveyLink[]> {
  const base = {
    communityId: options.community.id,
    parentToken: null,
    answers: {},
    consent: { quotes: false, identified: false },
    lang: options.lang,
    createdAt: options.now.toISOString(),
    submittedAt: null,
  };
  const links: StoredSurveyLink[] =
    options.kind === 'public'
      ? [{ ...base, token: newToken(), kind: 'public', memberId: null }]
      : [...new Set(options.memberIds ?? [])].map((memberId) => ({
          ...base,
          token: newToken(),
          kind: 'personal' as const,
          memberId,
        }));
  await store.db.transaction().execute(async (trx) => {
    for (const link of links) await insertSurveyLink(trx, link);
  });
  return links;
}

/** The survey page of a community: its links, response rate and the suppressed results. */
export async function surveyOverview(store: Store, community: Community, analysis: Analysis) {
  const links = await listSurveyLinks(store.db, community.id);
  const names = new Map(analysis.memberMetrics.map((m) => [m.id, m.name]));
  const personal = links.filter((l) => l.kind === 'personal');
  return {
    instrument: SURVEY_INSTRUMENT,
    links: links
      .filter((l) => l.kind !== 'respondent')
      .map((l) => ({
        token: l.token,
        kind: l.kind,
        ...(l.memberId !== null
          ? { member: { id: l.memberId, name: names.get(l.memberId) ?? '' } }
          : {}),
        completed:
          l.kind === 'public'
            ? links.filter((r) => r.parentToken === l.token && r.submittedAt !== null).length
            : l.submittedAt !== null,
        createdAt: l.createdAt,
      })),
    invited: personal.length,
    respondents: analysis.survey?.respondents ?? 0,
    responseRate: analysis.survey?.responseRate ?? null,
    results: analysis.survey,
  };
}

/** The questionnaire of a link, with what its respondent saved so far. */
export async function openSurvey(store: Store, token: string) {
  const link = await findSurveyLink(store.db, token);
  if (!link) return undefined;
  return {
    instrument: SURVEY_INSTRUMENT,
    lang: link.lang,
    kind: link.kind,
    answers: link.kind === 'public' ? {} : link.answers,
    consent: link.consent,
    submitted: link.submittedAt !== null,
  };
}

/** Why answers were refused: the item and what it expects. */
export interface AnswerProblem {
  readonly item: string;
  readonly expected: string;
}

const MAX_TEXT = 5000;

/** Checks one answer against its item; returns what was expected when it does not fit. */
function checkAnswer(item: SurveyItem, value: unknown): string | undefined {
  if (value === null) return undefined;
  const options = new Set((item.options ?? []).map((o) => o.id));
  switch (item.type) {
    case 'likert5':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
        ? undefined
        : '1–5';
    case 'single':
      return typeof value === 'string' && options.has(value) ? undefined : [...options].join('|');
    case 'multi':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && options.has(v))
        ? undefined
        : [...options].join('|');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1000
        ? undefined
        : '0–1000';
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT ? undefined : `≤ ${MAX_TEXT}`;
    case 'members':
      return Array.isArray(value) &&
        value.length <= (item.max ?? 5) &&
        value.every(
          (v) =>
            typeof v === 'object' &&
            v !== null &&
            typeof (v as { name?: unknown }).name === 'string' &&
            (v as { name: string }).name.length <= 200,
        )
        ? undefined
        : `[{name}] ≤ ${item.max ?? 5}`;
  }
}

/** Checks answers against the instrument: known items, values of the right type. */
export function checkAnswers(answers: Record<string, unknown>): AnswerProblem[] {
  const items = new Map(SURVEY_INSTRUMENT.items.map((i) => [i.id, i]));
  const problems: AnswerProblem[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const item = items.get(id);
    if (!item) problems.push({ item: id, expected: 'item' });
    else {
      const expected = checkAnswer(item, value);
      if (expected) problems.push({ item: id, expected });
    }
  }
  return problems;
}

/** What saving a survey did. */
export type SaveSurveyOutcome =
  | { readonly status: 'saved'; readonly submitted: boolean; readonly token: string }
  | { readonly status: 'not_found' }
  | { readonly status: 'already_submitted' }
  | { readonly status: 'invalid'; readonly problems: AnswerProblem[] };

/**
 * Saves a respondent's progress, or submits it. A public link is shared: the first save through
 * it opens a private respondent link whose token is returned, and the respondent goes on with it.
 * Consent defaults to the answers of the consent items.
 */
export async function saveSurvey(
  store: Store,
  options: {
    token: string;
    answers: Record<string, unknown>;
    consent?: { quotes: boolean; identified: boolean } | undefined;
    submit: boolean;
    lang: string;
    now: Date;
  },
): Promise<SaveSurveyOutcome> {
  let link = await findSurveyLink(store.db, options.token);
  if (!link) return { status: 'not_found' };
  if (link.submittedAt !== null) return { status: 'already_submitted' };
  const problems = checkAnswers(options.answers);
  if (problems.length > 0) return { status: 'invalid', problems };
  if (link.kind === 'public') {
    const [respondent] = [
      {
        ...link,
        token: newToken(),
        kind: 'respondent' as const,
        parentToken: link.token,
        createdAt: options.now.toISOString(),
      },
    ];
    await insertSurveyLink(store.db, respondent);
    link = respondent;
  }
  const answers = { ...link.answers, ...options.answers };
  const consent = options.consent ?? {
    quotes: answers.CONSENT_QUOTE === 'yes',
    identified: answers.CONSENT_ID === 'yes',
  };
  if (!options.submit) {
    await saveSurveyProgress(store.db, link.token, {
      answers,
      consent,
      lang: options.lang,
      submittedAt: null,
    });
    return { status: 'saved', submitted: false, token: link.token };
  }
  const done = await submitSurveyLink(store.db, link.token, {
    externalId: newToken(),
    instrumentId: SURVEY_INSTRUMENT.id,
    answers,
    consent,
    lang: options.lang,
    submittedAt: options.now.toISOString(),
  });
  return done
    ? { status: 'saved', submitted: true, token: link.token }
    : { status: 'already_submitted' };
}
