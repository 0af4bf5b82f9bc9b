import { normaliseHeader } from '../sheet/normalise-header.js';
import { parseBool } from '../sheet/parse-bool.js';

/** What an attendee export says of one row: came, registered, or cancelled. */
export type AttendeeStatus = 'checked_in' | 'registered' | 'cancelled';

const CHECKED_IN = [
  'checked in',
  'check in',
  'enregistre',
  'enregistree',
  'present',
  'presente',
  'arrive',
  'arrivee',
];
const CANCELLED = [
  'not attending',
  'ne participe pas',
  'refunded',
  'rembourse',
  'remboursee',
  'cancelled',
  'canceled',
  'annule',
  'annulee',
  'deleted',
  'supprime',
  'supprimee',
  'transferred',
  'transfere',
  'transferee',
];

/**
 * Classifies a status cell of Eventbrite (Attendee Status: Attending, Checked In, Not
 * Attending...) or Zeffy (Payé, Remboursé...): checked in, cancelled (refunded, transferred,
 * deleted, not attending), or registered for anything else, empty included.
 *
 * @example
 * attendeeStatus('Checked In') // 'checked_in'
 * attendeeStatus('Remboursé') // 'cancelled'
 */
export function attendeeStatus(value: string): AttendeeStatus {
  const word = normaliseHeader(value);
  if (CHECKED_IN.includes(word)) return 'checked_in';
  if (CANCELLED.some((cancelled) => word === cancelled || word.startsWith(`${cancelled} `))) {
    return 'cancelled';
  }
  return 'registered';
}

/**
 * Whether a check-in cell says the person came: yes/oui/x/1, a check-in date or time, or a
 * checked-in status word; empty and no/non mean they did not.
 *
 * @example
 * isCheckedIn('2024-03-14 18:02') // true
 */
export function isCheckedIn(value: string): boolean {
  if (value.trim() === '') return false;
  const bool = parseBool(value);
  if (bool !== undefined) return bool;
  return (
    attendeeStatus(value) !== 'cancelled' && !/^(non? |pas |not )/.test(normaliseHeader(value))
  );
}
