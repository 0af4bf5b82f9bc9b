import { z } from 'zod';
import type { PersonRef } from './input.js';

/** A person named in an answer, before identity resolution (as `PersonRef`). */
export const PersonRefSchema = z.object({
  email: z.string().optional(),
  handle: z.object({ source: z.string(), value: z.string() }).optional(),
  name: z.string().optional(),
});

/**
 * One answer: a likert value 1–5 (null for "don't know" or blank), a single option id, several
 * option ids, a number, a text, or the members a respondent names (`NET`).
 */
export const SurveyAnswerSchema = z.union([
  z.number(),
  z.string(),
  z.array(z.string()),
  z.array(PersonRefSchema),
  z.null(),
]);
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;

/** One member's answers to the survey, with what they consented to. */
export const SurveyResponseSchema = z.object({
  /** Stable id of the response within its source (row number, export id...). */
  id: z.string().min(1),
  /** Who answered, when known; null for an anonymous response. */
  respondent: PersonRefSchema.nullable(),
  /** ISO date-time the response was submitted, when the export gives it. */
  submittedAt: z.string().nullable(),
  consent: z.object({
    /** The open answers may be quoted (anonymously). */
    quotes: z.boolean(),
    /** The answers may be linked to the respondent's name. */
    identified: z.boolean(),
  }),
  /** Answers by item id (`D1`, `OBS`...); items left blank are absent or null. */
  answers: z.record(z.string(), SurveyAnswerSchema),
});
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;

/**
 * What a survey import yields, apart from `Batch` (which it leaves untouched): the responses,
 * the instrument they answer, and the declared ties of the network question (`NET`), which the
 * integrator stores as ties of weight 1 dated at submission.
 */
export interface SurveyBatch {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  /** The source tool: `google-forms`, `microsoft-forms`, `limesurvey`, `surveymonkey`, `pouls`. */
  readonly source: string;
  readonly responses: readonly SurveyResponse[];
  readonly ties: readonly {
    readonly source: PersonRef;
    readonly target: PersonRef;
    readonly weight: number;
    readonly date: string | null;
  }[];
  /** Columns matched to items: header as written → item id (and option for split columns). */
  readonly columns: readonly {
    readonly header: string;
    readonly item: string;
    readonly option?: string;
  }[];
}

const Share = z.number().min(0).max(1);
const Count = z.number().int().nonnegative();
const Tally = z.object({ option: z.string(), n: Count, share: Share });

/** Per item statistics; `mean` and `top2` only for agreement items, null when suppressed. */
export const SurveyItemStatsSchema = z.object({
  id: z.string(),
  n: Count,
  mean: z.number().nullable(),
  /** Share answering 4 or 5 on the agreement scale (top-2-box). */
  top2: Share.nullable(),
  /** Counts by value (`1`…`5`, `dontKnow`) or option id; empty when suppressed. */
  distribution: z.array(z.object({ value: z.string(), n: Count })),
});

/** One dimension score for a segment; null figures are suppressed (fewer than 5 respondents). */
const SegmentDimension = z.object({ id: z.string(), score: z.number().nullable() });

/** The `survey` object of `pouls analyze --json` (product.md §6). */
export const SurveyAnalysisSchema = z.object({
  instrumentId: z.string(),
  respondents: Count,
  /** Respondents ÷ members; null when the community has no member. */
  responseRate: Share.nullable(),
  /** The smallest group size shown (5 by default). */
  minGroupSize: Count,
  /** Mean of the respondents' dimension means (1–5), Cronbach's alpha of its items. */
  dimensions: z.array(
    z.object({
      id: z.string(),
      score: z.number().nullable(),
      alpha: z.number().nullable(),
      n: Count,
    }),
  ),
  items: z.array(SurveyItemStatsSchema),
  /** Breakdowns by `level`, `region`, `orgType`; `n` and scores are null when suppressed. */
  segments: z.array(
    z.object({
      by: z.string(),
      group: z.string(),
      n: Count.nullable(),
      suppressed: z.boolean(),
      dimensions: z.array(SegmentDimension),
    }),
  ),
  /** Needs ranked by the share of respondents choosing each. */
  needs: z.array(Tally),
  formats: z.array(Tally),
  slots: z.array(Tally),
  frequency: z.array(Tally),
  /** Obstacles ranked, with the frein each signals. */
  obstacles: z.array(Tally.extend({ frein: z.string().nullable() })),
  /** Hours a month respondents can give: median and n. */
  hoursPerMonth: z.object({ median: z.number().nullable(), n: Count }),
  /** Share agreeing (4–5) with both `D1` and `D2` (indicator D1 of method.md §4.1). */
  domainClarity: Share.nullable(),
  themes: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      stems: z.array(z.string()),
      size: Count,
      /** Answers from respondents who consented to quotes only. */
      quotes: z.array(z.string()),
    }),
  ),
});
export type SurveyAnalysis = z.infer<typeof SurveyAnalysisSchema>;
