/*
 * Headers of Zoom's participant report (Reports › Usage › Participants › Export), as the
 * English and French web portals write them; older and newer exports differ slightly, so
 * each field lists every spelling seen. Compared after `normaliseHeader`.
 */

/** Headers of the meeting summary block (the first table). */
export const SUMMARY = {
  id: ['meeting id', 'id', 'id de réunion', 'id de la réunion', 'identifiant de réunion'],
  topic: ['topic', 'sujet', 'thème'],
  start: ['start time', 'heure de début', 'début'],
  end: ['end time', 'heure de fin', 'fin'],
  host: ['user email', 'host email', 'e-mail de l’utilisateur', 'e-mail de l’hôte', 'email'],
} as const;

/** Headers of the participants table (the second table). */
export const PARTICIPANTS = {
  name: ['name (original name)', 'name', 'nom (nom d’origine)', 'nom (nom original)', 'nom'],
  email: ['user email', 'email', 'e-mail de l’utilisateur', 'e-mail', 'courriel'],
  join: ['join time', 'heure d’arrivée', 'heure de connexion', 'heure d’entrée'],
  leave: ['leave time', 'heure de départ', 'heure de déconnexion', 'heure de sortie'],
} as const;

/** Normalised header words that only French exports use, to pick the default date order. */
export const FRENCH_MARKERS = ['id de reunion', 'sujet', 'heure de debut', 'nom nom d origine'];
