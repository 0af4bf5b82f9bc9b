/** Messages of the diagnosis namespace (French). */
export const diagnosis = {
  kind: { frein: 'Frein', levier: 'Levier', besoin: 'Besoin', constat: 'Constat' },
  status: { green: 'sain', amber: 'à surveiller', red: 'à agir', unknown: 'inconnu' },
  source: { activity: 'activité', network: 'réseau', survey: 'sondage', steward: 'déclaré' },
  evidence: { S: 'sourcé', B: 'lecture de fond', E: 'notre estimation' },
  judgement: { confirmed: 'confirmé', dismissed: 'écarté' },
  confidence: 'Confiance : {{value}}',
  severity: { '1': 'mineur', '2': 'modéré', '3': 'majeur' },
  stageSuggestion: 'Étape suggérée, à confirmer par l’animation',
  noSurvey: 'Sans sondage, la valeur perçue et les besoins restent à documenter.',
};
