import type { ATTENDANCE_ROLES } from '../../model/event.js';
import { normaliseHeader } from './normalise-header.js';

/** The role of a person at an event. */
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];

const WORDS: Readonly<Record<string, AttendanceRole>> = {
  participant: 'participant',
  participante: 'participant',
  'participant e': 'participant',
  attendee: 'participant',
  speaker: 'speaker',
  presenter: 'speaker',
  panelist: 'speaker',
  conferencier: 'speaker',
  conferenciere: 'speaker',
  presentateur: 'speaker',
  presentatrice: 'speaker',
  panelliste: 'speaker',
  intervenant: 'speaker',
  intervenante: 'speaker',
  host: 'host',
  'co host': 'host',
  organizer: 'host',
  hote: 'host',
  animateur: 'host',
  animatrice: 'host',
  organisateur: 'host',
  organisatrice: 'host',
};

/**
 * Reads an attendance role (participant, speaker, host) in English or French (« conférencière »,
 * « animateur », « hôte »...); undefined otherwise.
 *
 * @example
 * parseAttendanceRole('Conférencière') // 'speaker'
 */
export function parseAttendanceRole(value: string): AttendanceRole | undefined {
  return WORDS[normaliseHeader(value)];
}
