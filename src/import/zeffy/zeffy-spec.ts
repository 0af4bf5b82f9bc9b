import type { AttendeeSpec } from '../eventbrite/attendee-spec.js';

/**
 * Columns of Zeffy's export of a ticketing campaign (Tableau de bord › Campagnes › the event ›
 * Participants or Transactions › Exporter), French first, English interface too.
 */
export const ZEFFY: AttendeeSpec = Object.freeze({
  source: 'zeffy',
  defaultOrder: 'dmy',
  columns: {
    firstName: ['prénom', 'first name', 'prénom du participant'],
    lastName: ['nom', 'nom de famille', 'last name', 'nom du participant'],
    fullName: ['nom complet', 'full name'],
    email: ['courriel', 'adresse courriel', 'courriel du participant', 'email', 'e-mail'],
    event: [
      'nom de la campagne/de l’événement',
      'nom de la campagne',
      'nom de l’événement',
      'campagne',
      'campaign/event name',
      'campaign name',
      'event name',
    ],
    eventId: ['id de la campagne', 'campaign id'],
    eventDate: ['date de l’événement', 'date de l’activité', 'event date', 'occurrence'],
    status: [
      'statut',
      'statut du paiement',
      'statut de la transaction',
      'status',
      'payment status',
    ],
    checkIn: ['présence', 'présent', 'enregistré', 'check-in', 'checked in', 'date du check-in'],
  },
});
