/** The indicators reported by the diagnosis, in order, with their labels (method.md §4.1). */
export const INDICATORS: readonly {
  readonly id: string;
  readonly fr: string;
  readonly en: string;
}[] = [
  { id: 'P1', fr: 'Taux de membres actifs', en: 'Active share' },
  { id: 'P2', fr: 'Taille du noyau (hors personnel)', en: 'Core group size (non-staff)' },
  { id: 'P3', fr: 'Dépendance à l’animation', en: 'Facilitator dependency' },
  {
    id: 'P4',
    fr: 'Mobilité entre niveaux (pour 100 membres)',
    en: 'Flow between levels (per 100 members)',
  },
  { id: 'P5', fr: 'Intégration des nouveaux', en: 'Newcomer activation' },
  { id: 'P6', fr: 'Rétention', en: 'Retention' },
  { id: 'R1', fr: 'Activités par année', en: 'Activities per year' },
  {
    id: 'R1.gap',
    fr: 'Plus long intervalle entre activités (jours)',
    en: 'Longest gap between activities (days)',
  },
  { id: 'R2', fr: 'Taux de présence', en: 'Attendance ratio' },
  { id: 'V1', fr: 'Valeur immédiate perçue', en: 'Immediate value' },
  { id: 'V2', fr: 'Valeur appliquée', en: 'Applied value' },
  { id: 'D1', fr: 'Clarté et pertinence du domaine', en: 'Domain clarity and relevance' },
  { id: 'S1', fr: 'Sentiment d’appartenance (score 1–5)', en: 'Sense of community (1–5 score)' },
  { id: 'O1', fr: 'Engagement du parrain', en: 'Sponsor engagement' },
  { id: 'O2', fr: 'Capacité d’animation', en: 'Coordination capacity' },
  { id: 'O3', fr: 'Reconnaissance du travail d’animation', en: 'Recognition of animation work' },
  { id: 'T1', fr: 'Fragmentation des outils', en: 'Tool fragmentation' },
  {
    id: 'concentration.gini',
    fr: 'Concentration de la participation (Gini)',
    en: 'Participation concentration (Gini)',
  },
  { id: 'responsiveness.unanswered', fr: 'Fils sans réponse', en: 'Unanswered threads' },
  {
    id: 'trend.active',
    fr: 'Évolution des membres actifs sur un an',
    en: 'Active members, change over a year',
  },
  { id: 'network.clustering', fr: 'Regroupement du réseau', en: 'Network clustering' },
  { id: 'network.isolates', fr: 'Part de membres isolés', en: 'Share of isolated members' },
  {
    id: 'network.regionMixing',
    fr: 'Liens entre régions (observé ÷ attendu)',
    en: 'Cross-region ties (observed ÷ expected)',
  },
  { id: 'network.modularity', fr: 'Modularité des sous-groupes', en: 'Sub-group modularity' },
  {
    id: 'survey.trust',
    fr: 'Confiance entre membres (sondage)',
    en: 'Trust between members (survey)',
  },
  { id: 'survey.animation', fr: 'Animation (score 1–5)', en: 'Animation (1–5 score)' },
  {
    id: 'survey.hours',
    fr: 'Heures disponibles par mois (médiane)',
    en: 'Hours available a month (median)',
  },
];

/** Where a signal's value comes from, by its id. */
export function sourceOf(signal: string): 'activity' | 'network' | 'survey' | 'steward' {
  if (signal.startsWith('network.')) return 'network';
  if (/^(OBS|NEEDS|survey)\.|^(V1|V2|D1|S1)$/.test(signal)) return 'survey';
  if (/^(O1|O2|O3|T1|R2)$/.test(signal)) return 'steward';
  return 'activity';
}
