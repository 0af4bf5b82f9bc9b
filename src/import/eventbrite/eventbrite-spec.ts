import type { AttendeeSpec } from './attendee-spec.js';

/**
 * Columns of Eventbrite's attendee report (Manage Events › Reports › Attendee summary ›
 * Export, CSV or XLSX), in English and French (« Rapport sur les participants »).
 */
export const EVENTBRITE: AttendeeSpec = Object.freeze({
  source: 'eventbrite',
  defaultOrder: 'mdy',
  columns: {
    firstName: ['first name', 'prénom'],
    lastName: ['last name', 'nom de famille', 'nom'],
    fullName: ['attendee name', 'name', 'nom du participant', 'nom complet'],
    email: ['email', 'email address', 'adresse e-mail', 'e-mail', 'courriel'],
    event: ['event name', 'event', 'nom de l’événement', 'événement'],
    eventId: ['event id', 'id de l’événement', 'identifiant de l’événement'],
    eventDate: [
      'event date',
      'event start date',
      'event start',
      'date de l’événement',
      'date de début de l’événement',
    ],
    status: ['attendee status', 'statut du participant', 'statut'],
    checkIn: ['checked in', 'check-in', 'check-in date', 'enregistré', 'date d’enregistrement'],
  },
});
