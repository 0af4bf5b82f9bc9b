/**
 * The member survey of Pouls: the composite self-diagnosis instrument of method.md §6.5
 * ("adapté, non validé" [E]), bilingual. Items are data; their ids are stable across versions.
 */

/** A text in both languages of Pouls. */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

/** What an item measures (method.md §6.5). */
export const SURVEY_DIMENSIONS = [
  'domain',
  'community',
  'practice',
  'animation',
  'value',
  'participation',
  'obstacles',
  'needs',
  'profile',
  'story',
  'network',
  'consent',
] as const;
export type SurveyDimension = (typeof SURVEY_DIMENSIONS)[number];

/** Item types: agreement 1–5 with "don't know", one or several choices, a number, text, members. */
export const ITEM_TYPES = ['likert5', 'single', 'multi', 'number', 'text', 'members'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** One choice of a single or multi item; obstacles name the frein they signal (method.md §4.3). */
export interface SurveyOption {
  readonly id: string;
  readonly text: Bilingual;
  /** For obstacles: the frein F1–F15 this answer signals. */
  readonly frein?: string;
  /** For needs and formats: catalogue actions (method.md §7) that answer it. */
  readonly actions?: readonly string[];
}

/** One question of the instrument. */
export interface SurveyItem {
  /** Stable id, e.g. `D1`, `OBS`, `NET`. */
  readonly id: string;
  readonly dimension: SurveyDimension;
  readonly type: ItemType;
  readonly text: Bilingual;
  readonly options?: readonly SurveyOption[];
  /** Value cycle for value items (method.md §2): immediate, potential, applied, realised, orienting. */
  readonly cycle?: string;
  /** For `members`: the most names a respondent may give. */
  readonly max?: number;
}

/** A versioned survey instrument. */
export interface SurveyInstrument {
  readonly id: string;
  readonly version: number;
  readonly title: Bilingual;
  /** Always shown with results: the instrument is adapted from the literature, not validated. */
  readonly status: Bilingual;
  readonly items: readonly SurveyItem[];
}

/** The agreement scale of likert items, 1 (strongly disagree) to 5 (strongly agree). */
export const AGREEMENT_SCALE: readonly Bilingual[] = [
  { fr: 'Pas du tout d’accord', en: 'Strongly disagree' },
  { fr: 'Plutôt en désaccord', en: 'Disagree' },
  { fr: 'Ni en accord ni en désaccord', en: 'Neither agree nor disagree' },
  { fr: 'Plutôt d’accord', en: 'Agree' },
  { fr: 'Tout à fait d’accord', en: 'Strongly agree' },
];

/** The "don't know" answer of likert items, read as missing. */
export const DONT_KNOW: Bilingual = { fr: 'Je ne sais pas', en: 'Don’t know' };

const likert = (id: string, dimension: SurveyDimension, fr: string, en: string, cycle?: string) =>
  ({ id, dimension, type: 'likert5', text: { fr, en }, ...(cycle ? { cycle } : {}) }) as const;

const opt = (
  id: string,
  fr: string,
  en: string,
  extra: Partial<SurveyOption> = {},
): SurveyOption => ({
  id,
  text: { fr, en },
  ...extra,
});

const LIKERT_ITEMS: readonly SurveyItem[] = [
  likert(
    'D1',
    'domain',
    'La raison d’être de la communauté est claire pour moi.',
    'The purpose of the community is clear to me.',
  ),
  likert(
    'D2',
    'domain',
    'Les sujets abordés sont pertinents pour les enjeux de mon travail actuel.',
    'The topics discussed are relevant to the issues of my current work.',
  ),
  likert(
    'D3',
    'domain',
    'Les sujets abordés suivent l’évolution de notre pratique.',
    'The topics discussed keep up with how our practice evolves.',
  ),
  likert(
    'C1',
    'community',
    'Je peux faire confiance aux membres de la communauté.',
    'I can trust the members of the community.',
  ),
  likert(
    'C2',
    'community',
    'Je me sens membre à part entière de la communauté.',
    'I feel I fully belong to the community.',
  ),
  likert(
    'C3',
    'community',
    'Je sais à qui m’adresser dans la communauté quand j’ai une question.',
    'I know whom to ask in the community when I have a question.',
  ),
  likert(
    'PR1',
    'practice',
    'Les ressources partagées par la communauté me sont utiles.',
    'The resources the community shares are useful to me.',
  ),
  likert(
    'PR2',
    'practice',
    'Je réutilise des ressources ou des exemples venant de la communauté.',
    'I reuse resources or examples that come from the community.',
  ),
  likert(
    'AN1',
    'animation',
    'Les questions posées dans la communauté obtiennent rapidement une réponse.',
    'Questions asked in the community get a quick answer.',
  ),
  likert(
    'AN2',
    'animation',
    'Le climat des échanges est bienveillant et ouvert.',
    'The climate of the exchanges is caring and open.',
  ),
  likert(
    'AN3',
    'animation',
    'Le rythme des activités me convient.',
    'The pace of the activities suits me.',
  ),
  likert(
    'VI',
    'value',
    'Les activités de la communauté me sont utiles sur le moment.',
    'The community’s activities are useful to me at the time.',
    'immediate',
  ),
  likert(
    'VP',
    'value',
    'J’y ai acquis des connaissances, des contacts ou de la confiance.',
    'I have gained knowledge, contacts or confidence there.',
    'potential',
  ),
  likert(
    'VA',
    'value',
    'Au cours des 6 derniers mois, j’ai appliqué dans mon travail quelque chose venant de la communauté.',
    'In the last 6 months, I applied in my work something that came from the community.',
    'applied',
  ),
  likert(
    'VR',
    'value',
    'Ce que j’ai appliqué a amélioré mes résultats ou ceux de mon organisation.',
    'What I applied improved my results or my organisation’s.',
    'realised',
  ),
  likert(
    'VO',
    'value',
    'La communauté m’aide à comprendre ce que font les autres acteurs du milieu.',
    'The community helps me understand what others in the sector are doing.',
    'orienting',
  ),
];

const OBSTACLES: readonly SurveyOption[] = [
  opt('time', 'Manque de temps', 'Lack of time', { frein: 'F1' }),
  opt(
    'recognition',
    'Ma participation n’est pas reconnue par mon employeur',
    'My employer does not recognise my participation',
    { frein: 'F7' },
  ),
  opt(
    'relevance',
    'Les sujets ne correspondent pas à mes besoins',
    'The topics do not match my needs',
    { frein: 'F3' },
  ),
  opt(
    'same-voices',
    'Ce sont toujours les mêmes personnes qui s’expriment',
    'It is always the same people who speak',
    { frein: 'F4' },
  ),
  opt('know-nobody', 'Je connais peu les autres membres', 'I hardly know the other members', {
    frein: 'F5',
  }),
  opt(
    'belonging',
    'Je ne me sens pas concerné·e ou à ma place',
    'I do not feel concerned or in my place',
    { frein: 'F6' },
  ),
  opt('tools', 'Trop d’outils ou de canaux différents', 'Too many different tools or channels', {
    frein: 'F8',
  }),
  opt(
    'vocabulary',
    'Nos réalités et nos vocabulaires sont trop différents',
    'Our realities and vocabularies are too different',
    { frein: 'F10' },
  ),
  opt(
    'competition',
    'Un climat de concurrence entre organisations',
    'A competitive climate between organisations',
    { frein: 'F11' },
  ),
  opt('stale', 'Les activités tournent en rond', 'The activities go round in circles', {
    frein: 'F12',
  }),
  opt(
    'welcome',
    'Il est difficile de trouver sa place en arrivant',
    'It is hard to find one’s place as a newcomer',
    { frein: 'F13' },
  ),
  opt(
    'imposed',
    'Des changements imposés sans consultation',
    'Changes imposed without consultation',
    { frein: 'F14' },
  ),
  opt(
    'distance',
    'Les activités sont loin de ma région ou centrées sur les grands centres',
    'Activities are far from my region or centred on the big cities',
  ),
];

const NEEDS: readonly SurveyOption[] = [
  opt(
    'peer-exchange',
    'Échanger avec des pairs sur des cas concrets',
    'Exchange with peers on real cases',
    { actions: ['A6'] },
  ),
  opt('training', 'Me former sur des outils ou des pratiques', 'Learn tools or practices', {
    actions: ['A7'],
  }),
  opt('watch', 'Une veille sur les tendances du numérique', 'A watch on digital trends', {
    actions: ['A8'],
  }),
  opt(
    'resources',
    'Des ressources et modèles prêts à l’emploi',
    'Ready-to-use resources and templates',
    { actions: ['A9', 'A15'] },
  ),
  opt(
    'who-knows',
    'Savoir qui fait quoi et qui sait quoi',
    'Know who does what and who knows what',
    { actions: ['A11'] },
  ),
  opt('projects', 'Mener des projets avec d’autres membres', 'Run projects with other members', {
    actions: ['A14'],
  }),
  opt('regional', 'Des rencontres dans ma région', 'Meetings in my region', {
    actions: ['A23', 'A16'],
  }),
  opt('help', 'Obtenir de l’aide rapide sur une question', 'Get quick help on a question', {
    actions: ['A13'],
  }),
];

const FORMATS: readonly SurveyOption[] = [
  opt('webinar', 'Webinaire', 'Webinar', { actions: ['A7'] }),
  opt('small-group', 'Échange en petit groupe', 'Small-group exchange', { actions: ['A6'] }),
  opt('digest', 'Infolettre ou synthèse', 'Digest or newsletter', { actions: ['A8'] }),
  opt('repository', 'Banque de ressources', 'Resource repository', { actions: ['A9'] }),
  opt('in-person', 'Rencontre en personne', 'In-person meeting', { actions: ['A23'] }),
  opt('chat', 'Discussion en ligne (Slack, Teams…)', 'Online discussion (Slack, Teams…)', {
    actions: ['A13'],
  }),
  opt('visit', 'Visite d’une organisation', 'Visit of an organisation', { actions: ['A16'] }),
];

/** Québec's 17 administrative regions (quebec.md), plus outside Québec. */
const REGIONS = [
  'Bas-Saint-Laurent',
  'Saguenay–Lac-Saint-Jean',
  'Capitale-Nationale',
  'Mauricie',
  'Estrie',
  'Montréal',
  'Outaouais',
  'Abitibi-Témiscamingue',
  'Côte-Nord',
  'Nord-du-Québec',
  'Gaspésie–Îles-de-la-Madeleine',
  'Chaudière-Appalaches',
  'Laval',
  'Lanaudière',
  'Laurentides',
  'Montérégie',
  'Centre-du-Québec',
];

const ORG_TYPES: readonly (readonly [string, string, string])[] = [
  ['diffuseur', 'Diffuseur pluridisciplinaire', 'Multidisciplinary presenter'],
  ['compagnie', 'Compagnie de création', 'Creation company'],
  ['festival', 'Festival', 'Festival'],
  ['musee', 'Musée ou centre d’exposition', 'Museum or exhibition centre'],
  ['centre', 'Centre d’artistes', 'Artist-run centre'],
  ['maison', 'Maison de la culture ou service culturel municipal', 'Municipal cultural service'],
  ['regroupement', 'Regroupement ou association professionnelle', 'Professional association'],
  ['odc', 'Organisme de développement culturel régional', 'Regional cultural development body'],
  ['billetterie', 'Billetterie', 'Ticketing'],
  ['agence', 'Agence de promotion ou de communication', 'Promotion or communication agency'],
  ['autonome', 'Travailleur·euse autonome', 'Self-employed'],
];

const CHOICE_ITEMS: readonly SurveyItem[] = [
  {
    id: 'LEVEL',
    dimension: 'participation',
    type: 'single',
    text: {
      fr: 'Comment décririez-vous votre participation à la communauté?',
      en: 'How would you describe your participation in the community?',
    },
    options: [
      opt(
        'core',
        'Je co-anime ou je contribue très régulièrement',
        'I co-facilitate or contribute very regularly',
      ),
      opt('active', 'Je participe régulièrement', 'I take part regularly'),
      opt('occasional', 'Je participe de temps en temps', 'I take part now and then'),
      opt('peripheral', 'Je suis surtout de loin', 'I mostly follow from a distance'),
    ],
  },
  {
    id: 'HOURS',
    dimension: 'participation',
    type: 'number',
    text: {
      fr: 'Combien d’heures par mois pouvez-vous consacrer à la communauté?',
      en: 'How many hours a month can you give to the community?',
    },
  },
  {
    id: 'OBS',
    dimension: 'obstacles',
    type: 'multi',
    text: {
      fr: 'Qu’est-ce qui freine votre participation?',
      en: 'What holds back your participation?',
    },
    options: OBSTACLES,
  },
  {
    id: 'NEEDS',
    dimension: 'needs',
    type: 'multi',
    text: {
      fr: 'De quoi auriez-vous le plus besoin de la communauté?',
      en: 'What would you most need from the community?',
    },
    options: NEEDS,
  },
  {
    id: 'FORMATS',
    dimension: 'needs',
    type: 'multi',
    text: {
      fr: 'Quels formats d’activité préférez-vous?',
      en: 'Which activity formats do you prefer?',
    },
    options: FORMATS,
  },
  {
    id: 'FREQ',
    dimension: 'needs',
    type: 'single',
    text: {
      fr: 'À quelle fréquence souhaitez-vous des activités?',
      en: 'How often would you like activities?',
    },
    options: [
      opt('monthly', 'Chaque mois', 'Every month'),
      opt('bimonthly', 'Tous les deux mois', 'Every two months'),
      opt('quarterly', 'Chaque trimestre', 'Every quarter'),
      opt('twice-a-year', 'Deux fois par année', 'Twice a year'),
    ],
  },
  {
    id: 'SLOTS',
    dimension: 'needs',
    type: 'multi',
    text: { fr: 'Quels moments vous conviennent le mieux?', en: 'Which times suit you best?' },
    options: [
      opt('morning', 'En matinée', 'Morning'),
      opt('lunch', 'Sur l’heure du midi', 'Lunchtime'),
      opt('afternoon', 'En après-midi', 'Afternoon'),
      opt('evening', 'En fin de journée (5 à 7)', 'Early evening'),
    ],
  },
  {
    id: 'REG',
    dimension: 'profile',
    type: 'single',
    text: { fr: 'Dans quelle région travaillez-vous?', en: 'In which region do you work?' },
    options: [...REGIONS.map((r) => opt(r, r, r)), opt('outside', 'Hors Québec', 'Outside Québec')],
  },
  {
    id: 'ORG',
    dimension: 'profile',
    type: 'single',
    text: {
      fr: 'Quel type d’organisation représentez-vous?',
      en: 'What kind of organisation do you represent?',
    },
    options: ORG_TYPES.map(([id, fr, en]) => opt(id, fr, en)),
  },
  {
    id: 'STORY',
    dimension: 'story',
    type: 'text',
    text: {
      fr: 'Racontez une fois où la communauté a changé quelque chose dans votre travail.',
      en: 'Tell us about a time the community changed something in your work.',
    },
  },
  {
    id: 'NET',
    dimension: 'network',
    type: 'members',
    max: 5,
    text: {
      fr: 'Nommez jusqu’à 5 membres avec qui vous avez échangé au cours des 6 derniers mois.',
      en: 'Name up to 5 members you have exchanged with in the last 6 months.',
    },
  },
  {
    id: 'CONSENT_QUOTE',
    dimension: 'consent',
    type: 'single',
    text: {
      fr: 'Acceptez-vous que votre récit soit cité de façon anonyme?',
      en: 'Do you agree that your story may be quoted anonymously?',
    },
    options: [opt('yes', 'Oui', 'Yes'), opt('no', 'Non', 'No')],
  },
  {
    id: 'CONSENT_ID',
    dimension: 'consent',
    type: 'single',
    text: {
      fr: 'Acceptez-vous que vos réponses soient associées à votre nom?',
      en: 'Do you agree that your answers may be linked to your name?',
    },
    options: [opt('yes', 'Oui', 'Yes'), opt('no', 'Non', 'No')],
  },
];

/**
 * The default instrument: 16 agreement items (domain, community, practice, animation, five
 * value cycles) and 13 others (participation, obstacles, needs, formats, frequency, slots,
 * profile, value story, network, consent) — method.md §6.5, "adapté, non validé" [E].
 * @example SURVEY_INSTRUMENT.items.find((item) => item.id === 'OBS')?.options?.[0]?.frein // 'F1'
 */
export const SURVEY_INSTRUMENT: SurveyInstrument = {
  id: 'pouls-vitalite',
  version: 1,
  title: { fr: 'Sondage de vitalité de la communauté', en: 'Community vitality survey' },
  status: { fr: 'Instrument adapté, non validé', en: 'Adapted instrument, not validated' },
  items: [...LIKERT_ITEMS, ...CHOICE_ITEMS],
};

/** The agreement dimensions scored with Cronbach's alpha, in report order. */
export const SCORED_DIMENSIONS = ['domain', 'community', 'practice', 'animation', 'value'] as const;
