/** Messages of the survey namespace (French). */
export const survey = {
  status: 'Instrument adapté, non validé',
  responseRate: 'Taux de réponse',
  respondents: 'Répondant·es',
  top2: 'Part d’accord (4–5)',
  alpha: 'Alpha de Cronbach',
  suppressed: 'Masqué (moins de {{min}} personnes)',
  dontKnow: 'Je ne sais pas',
  segment: { level: 'Niveau de participation', region: 'Région', orgType: 'Type d’organisation' },
  dimension: {
    domain: 'Domaine',
    community: 'Communauté',
    practice: 'Pratique',
    animation: 'Animation',
    value: 'Valeur',
  },
  themes: 'Thèmes des récits',
};
