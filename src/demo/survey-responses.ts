import type { PersonRef } from '../model/input.js';
import type { SurveyAnswer, SurveyResponse } from '../model/survey.js';
import { DEMO_SEED, type DemoCommunity, generateDemo } from './generate-demo.js';
import { zoneOf } from './organisations.js';
import { createRandom, type Random } from './random.js';

/** Value stories of the demo (French), written for it; quoted only with consent. */
const STORIES = [
  'Après un atelier sur les infolettres, nous avons segmenté notre liste et le taux d’ouverture a bondi.',
  'Une collègue d’un autre diffuseur m’a montré son tableau de bord de billetterie; je l’ai adapté pour notre saison.',
  'Le réseautage lors des rencontres m’a permis de trouver une agence pour notre publicité payante.',
  'Grâce aux échanges sur le référencement, notre site apparaît enfin dans les recherches locales.',
  'J’ai repris le modèle de calendrier de publication partagé dans la communauté pour nos réseaux sociaux.',
  'Les discussions sur les données de fréquentation nous ont aidés à convaincre notre conseil d’investir.',
  'Un webinaire sur l’IA générative m’a fait gagner des heures pour rédiger nos infolettres.',
  'En parlant avec des membres d’autres régions, nous avons lancé une campagne commune de billetterie.',
  'Le réseautage avec d’autres festivals a mené à un partage de données sur nos publics.',
  'J’ai appliqué les conseils sur l’accessibilité numérique à notre site et reçu des remerciements du public.',
];

const ORG_IDS: Readonly<Record<string, string>> = {
  'diffuseur pluridisciplinaire': 'diffuseur',
  'compagnie de création': 'compagnie',
  festival: 'festival',
  "musée ou centre d'exposition": 'musee',
  "centre d'artistes": 'centre',
  'maison de la culture ou service culturel municipal': 'maison',
  'regroupement ou association professionnelle': 'regroupement',
  'organisme de développement culturel régional': 'odc',
  billetterie: 'billetterie',
  'agence de promotion ou de communication': 'agence',
};

interface Respondent {
  readonly email: string;
  readonly name: string;
  readonly region: string;
  readonly orgType: string | null;
  /** Engagement percentile among non-staff members, 0–1. */
  readonly engagement: number;
}

function respondents(demo: DemoCommunity): Respondent[] {
  const activity = new Map<string, number>();
  const add = (ref: PersonRef) =>
    ref.email && activity.set(ref.email, (activity.get(ref.email) ?? 0) + 1);
  for (const row of demo.batch.attendance) add(row.person);
  for (const row of demo.batch.messages) add(row.author);
  for (const row of demo.batch.contributions) add(row.author);
  const members = demo.batch.members.filter((m) => !m.staff && m.emails[0]);
  const counts = members.map((m) => activity.get(m.emails[0] as string) ?? 0);
  const sorted = [...counts].sort((a, b) => a - b);
  return members.map((m, i) => ({
    email: m.emails[0] as string,
    name: m.name,
    region: m.region ?? '',
    orgType: m.orgType,
    engagement:
      sorted.filter((c) => c < (counts[i] as number)).length / Math.max(1, sorted.length - 1),
  }));
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** Item offsets on the 1–5 scale: realised value is rarer than immediate value, and so on. */
const OFFSETS: Readonly<Record<string, number>> = {
  D1: 0.4,
  D2: 0.3,
  D3: -0.1,
  C1: 0.2,
  C2: -0.1,
  C3: -0.2,
  PR1: 0.1,
  PR2: -0.3,
  AN1: -0.2,
  AN2: 0.5,
  AN3: 0,
  VI: 0.4,
  VP: 0.2,
  VA: -0.3,
  VR: -0.7,
  VO: 0.3,
};

const DIMENSION_OF = (id: string) =>
  id.startsWith('D')
    ? 'd'
    : id.startsWith('C')
      ? 'c'
      : id.startsWith('PR')
        ? 'p'
        : id.startsWith('AN')
          ? 'a'
          : 'v';

function likertAnswers(random: Random, r: Respondent, far: boolean): Record<string, SurveyAnswer> {
  const latent = Object.fromEntries(
    ['d', 'c', 'p', 'a', 'v'].map((d) => [d, gaussian(random) * 0.45]),
  );
  const base = 2.5 + 1.9 * r.engagement;
  const out: Record<string, SurveyAnswer> = {};
  for (const [id, offset] of Object.entries(OFFSETS)) {
    if (random.chance(0.05)) {
      out[id] = null;
      continue;
    }
    const regional = far && DIMENSION_OF(id) === 'c' ? -0.5 : 0;
    const value =
      base + offset + regional + (latent[DIMENSION_OF(id)] ?? 0) + gaussian(random) * 0.5;
    out[id] = Math.min(5, Math.max(1, Math.round(value)));
  }
  return out;
}

function pickOptions(random: Random, odds: Readonly<Record<string, number>>): string[] {
  return Object.entries(odds)
    .filter(([, p]) => random.chance(p))
    .map(([id]) => id);
}

function choiceAnswers(random: Random, r: Respondent, far: boolean): Record<string, SurveyAnswer> {
  const e = r.engagement;
  const level = e > 0.85 ? 'core' : e > 0.6 ? 'active' : e > 0.3 ? 'occasional' : 'peripheral';
  const hours = { core: [4, 8], active: [2, 4], occasional: [1, 3], peripheral: [0, 2] }[level] as [
    number,
    number,
  ];
  const obstacles = pickOptions(random, {
    time: e < 0.6 ? 0.75 : 0.35,
    distance: far ? 0.65 : 0.05,
    'know-nobody': e < 0.4 ? 0.35 : 0.05,
    'same-voices': e > 0.4 ? 0.25 : 0.1,
    tools: 0.15,
    recognition: 0.12,
    welcome: e < 0.3 ? 0.2 : 0.03,
    stale: 0.08,
  });
  return {
    LEVEL: level,
    HOURS: Math.round(random.float(hours[0], hours[1]) * 2) / 2,
    OBS: obstacles,
    NEEDS: pickOptions(random, {
      'peer-exchange': 0.5,
      resources: 0.45,
      training: 0.4,
      watch: 0.3,
      'who-knows': 0.3,
      regional: far ? 0.75 : 0.1,
      help: 0.2,
      projects: level === 'core' ? 0.5 : 0.1,
    }),
    FORMATS: pickOptions(random, {
      'in-person': far ? 0.75 : 0.3,
      'small-group': 0.5,
      webinar: far ? 0.3 : 0.5,
      digest: level === 'peripheral' ? 0.7 : 0.35,
      repository: 0.4,
      chat: 0.2,
      visit: far ? 0.3 : 0.05,
    }),
    FREQ:
      level === 'core'
        ? 'monthly'
        : level === 'active'
          ? random.pick(['monthly', 'bimonthly'])
          : random.pick(['bimonthly', 'quarterly', 'twice-a-year']),
    SLOTS: pickOptions(random, { morning: 0.4, lunch: 0.5, afternoon: 0.3, evening: 0.2 }),
    REG: r.region,
    ORG: (r.orgType && ORG_IDS[r.orgType]) ?? 'autonome',
  };
}

/**
 * About 45 seeded, believable responses of the demo community to `SURVEY_INSTRUMENT`, dated in
 * the three weeks before `asOf`: more engaged members answer more often and rate value higher,
 * peripheral ones cite lack of time, members far from Montréal and Québec City cite distance and
 * ask for in-person or regional formats; a few tell a value story in French, some consenting to
 * quotes. Deterministic for a seed.
 * @example demoSurveyResponses().length // 45
 */
export function demoSurveyResponses(
  demo: DemoCommunity = generateDemo(),
  seed = DEMO_SEED,
): SurveyResponse[] {
  const random = createRandom(seed + 7);
  const pool = respondents(demo);
  const chosen = random.sample(pool, 45, (r) => 0.25 + 2 * r.engagement);
  const end = Date.parse(`${demo.asOf}T12:00:00Z`);
  return chosen.map((r, i) => {
    const far = !['metro', 'quebec'].includes(zoneOf(r.region));
    const tellsStory = random.chance(0.15 + 0.4 * r.engagement);
    const named = random.sample(
      pool.filter((p) => p !== r),
      random.int(0, 5),
      (p) => 0.1 + p.engagement,
    );
    const answers: Record<string, SurveyAnswer> = {
      ...likertAnswers(random, r, far),
      ...choiceAnswers(random, r, far),
      NET: named.map((p) => ({ name: p.name })),
    };
    if (tellsStory) answers.STORY = random.pick(STORIES);
    const quotes = random.chance(0.6);
    const identified = random.chance(0.3);
    answers.CONSENT_QUOTE = quotes ? 'yes' : 'no';
    answers.CONSENT_ID = identified ? 'yes' : 'no';
    return {
      id: `demo-${String(i + 1).padStart(3, '0')}`,
      respondent: { email: r.email },
      submittedAt: new Date(end - random.int(3, 25) * 86_400_000).toISOString(),
      consent: { quotes, identified },
      answers,
    };
  });
}
