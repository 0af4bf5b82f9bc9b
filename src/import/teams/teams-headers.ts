/*
 * Labels of Microsoft Teams' attendance report (Teams › Calendar › meeting › Attendance ›
 * Download), English and French, current and 2021 layouts. Compared after `normaliseHeader`.
 */

/** Section titles, without their number (`1. Résumé` → `résumé`). */
export const SECTIONS = {
  summary: ['summary', 'meeting summary', 'résumé', 'résumé de la réunion'],
  participants: ['participants'],
  activities: [
    'in-meeting activities',
    'in meeting activities',
    'activités pendant la réunion',
    'activités de la réunion',
    'activités en réunion',
  ],
} as const;

/** Keys of the summary section's key/value rows. */
export const SUMMARY = {
  title: ['meeting title', 'title', 'titre de la réunion', 'titre'],
  start: ['start time', 'meeting start time', 'heure de début', 'heure de début de la réunion'],
  end: ['end time', 'meeting end time', 'heure de fin', 'heure de fin de la réunion'],
} as const;

/** Columns of the participants and activities tables. */
export const PEOPLE = {
  name: ['name', 'full name', 'nom', 'nom complet'],
  email: ['email', 'e-mail', 'adresse e-mail', 'adresse de messagerie', 'courriel'],
  upn: ['participant id (upn)', 'id du participant (upn)', 'upn'],
  role: ['role', 'rôle'],
} as const;

/** Normalised summary keys that only French reports use, to pick the default date order. */
export const FRENCH_MARKERS = ['titre de la reunion', 'heure de debut', 'participants presents'];
