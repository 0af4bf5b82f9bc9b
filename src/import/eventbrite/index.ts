import type { Importer } from '../importer.js';
import { decodeText } from '../sheet/decode-text.js';
import { normaliseHeader } from '../sheet/normalise-header.js';
import { EVENTBRITE } from './eventbrite-spec.js';
import { readAttendeeFile } from './read-attendee-file.js';
import { readAttendeeSheet } from './read-attendee-sheet.js';

const ORDER = ['order', 'order no', 'n de commande', 'no de commande', 'numero de commande'];
const ATTENDEE = ['attendee status', 'statut du participant', 'ticket type', 'type de billet'];

/** Whether a sample's first line names an order number and an attendee status or ticket type. */
function looksEventbrite(sample: Uint8Array): boolean {
  const first =
    decodeText(sample)
      .text.trimStart()
      .split(/\r\n|\n|\r/, 1)[0] ?? '';
  const cells = first.split(/[,;\t]/).map(normaliseHeader);
  return cells.some((c) => ORDER.includes(c)) && cells.some((c) => ATTENDEE.includes(c));
}

/**
 * Eventbrite attendee reports (`--format eventbrite`, kinds `attendance` and `events`), CSV or
 * XLSX, English or French: one attendance per person who came (see `readAttendeeSheet`).
 */
export const eventbriteImporter: Importer = Object.freeze<Importer>({
  format: 'eventbrite',
  kinds: ['attendance', 'events'],
  detect: looksEventbrite,
  async read({ bytes, fileName, kind, options }) {
    if (kind !== 'attendance' && kind !== 'events') {
      return { ok: false, issues: [{ code: 'unknown_kind', file: fileName, params: { kind } }] };
    }
    const sheet = await readAttendeeFile(bytes, fileName);
    return sheet.ok ? readAttendeeSheet(sheet.value, EVENTBRITE, kind, options) : sheet;
  },
});

export type { AttendeeSpec } from './attendee-spec.js';
export { attendeeStatus, isCheckedIn } from './attendee-status.js';
export { EVENTBRITE } from './eventbrite-spec.js';
export { readAttendeeFile } from './read-attendee-file.js';
export { readAttendeeSheet } from './read-attendee-sheet.js';
