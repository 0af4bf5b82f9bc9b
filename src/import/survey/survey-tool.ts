import { normaliseHeader } from '../sheet/normalise-header.js';

/** The survey tools whose exports Pouls reads. */
export type SurveyTool =
  | 'google-forms'
  | 'microsoft-forms'
  | 'limesurvey'
  | 'surveymonkey'
  | 'generic';

/** Metadata columns of each tool (French and English), which are not questions. */
export const META_COLUMNS: Readonly<
  Record<string, 'respondent' | 'submitted' | 'id' | 'name' | 'ignore'>
> = {
  horodateur: 'submitted',
  timestamp: 'submitted',
  'adresse e mail': 'respondent',
  'email address': 'respondent',
  'nom d utilisateur': 'respondent',
  username: 'respondent',
  id: 'id',
  'heure de debut': 'ignore',
  'start time': 'ignore',
  'heure de fin': 'submitted',
  'completion time': 'submitted',
  'adresse de messagerie': 'respondent',
  email: 'respondent',
  courriel: 'respondent',
  nom: 'name',
  name: 'name',
  'heure de la derniere modification': 'ignore',
  'last modified time': 'ignore',
  submitdate: 'submitted',
  lastpage: 'ignore',
  startlanguage: 'ignore',
  seed: 'ignore',
  startdate: 'ignore',
  datestamp: 'ignore',
  'response id': 'id',
  'id de la reponse': 'id',
  'date submitted': 'submitted',
  'date de soumission': 'submitted',
  'last page': 'ignore',
  'derniere page': 'ignore',
  'start language': 'ignore',
  'langue de depart': 'ignore',
  'tete de serie': 'ignore',
  'date started': 'ignore',
  'date de debut': 'ignore',
  'date last action': 'ignore',
  'date de la derniere action': 'ignore',
  token: 'ignore',
  'respondent id': 'id',
  'id du repondant': 'id',
  'collector id': 'ignore',
  'id du collecteur': 'ignore',
  'start date': 'ignore',
  'end date': 'submitted',
  'date de fin': 'submitted',
  'ip address': 'ignore',
  'adresse ip': 'ignore',
  'first name': 'name',
  prenom: 'name',
  'last name': 'name',
  'custom data 1': 'ignore',
  'donnees personnalisees 1': 'ignore',
};

/**
 * Which tool wrote an export, from its header: SurveyMonkey's `Respondent ID`, Google Forms'
 * `Horodateur`/`Timestamp` first column, Microsoft Forms' `ID` + `Heure de début`/`Start time`,
 * LimeSurvey's `id,submitdate` codes or `Response ID`/`ID de la réponse` texts.
 * @example surveyTool(['Horodateur', 'La raison…']) // 'google-forms'
 */
export function surveyTool(header: readonly string[]): SurveyTool {
  const h = header.map(normaliseHeader);
  if (h.includes('respondent id') || h.includes('id du repondant')) return 'surveymonkey';
  if (h[0] === 'horodateur' || h[0] === 'timestamp') return 'google-forms';
  if (h[0] === 'id' && (h.includes('heure de debut') || h.includes('start time')))
    return 'microsoft-forms';
  if (h.includes('submitdate') || h.includes('response id') || h.includes('id de la reponse'))
    return 'limesurvey';
  return 'generic';
}
