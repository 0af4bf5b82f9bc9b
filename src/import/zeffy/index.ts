import { readAttendeeFile } from '../eventbrite/read-attendee-file.js';
import { readAttendeeSheet } from '../eventbrite/read-attendee-sheet.js';
import type { Importer } from '../importer.js';
import { decodeText } from '../sheet/decode-text.js';
import { normaliseHeader } from '../sheet/normalise-header.js';
import { ZEFFY } from './zeffy-spec.js';

const CAMPAIGN = ['nom de la campagne de l evenement', 'campaign event name'];
const TRANSACTION = ['date de la transaction', 'transaction date'];

/** Whether a sample's first line names Zeffy's campaign column, or a transaction date and email. */
function looksZeffy(sample: Uint8Array): boolean {
  const first =
    decodeText(sample)
      .text.trimStart()
      .split(/\r\n|\n|\r/, 1)[0] ?? '';
  const cells = first.split(/[,;\t]/).map((cell) => normaliseHeader(cell.replace(/"/g, '')));
  if (cells.some((c) => CAMPAIGN.includes(c))) return true;
  return cells.some((c) => TRANSACTION.includes(c)) && cells.some((c) => /courriel|email/.test(c));
}

/**
 * Zeffy ticketing exports (`--format zeffy`, kinds `attendance` and `events`), CSV or XLSX,
 * French or English: one attendance per person who came (see `readAttendeeSheet`); the
 * transaction date is the purchase, never the event's date.
 */
export const zeffyImporter: Importer = Object.freeze<Importer>({
  format: 'zeffy',
  kinds: ['attendance', 'events'],
  detect: looksZeffy,
  async read({ bytes, fileName, kind, options }) {
    if (kind !== 'attendance' && kind !== 'events') {
      return { ok: false, issues: [{ code: 'unknown_kind', file: fileName, params: { kind } }] };
    }
    const sheet = await readAttendeeFile(bytes, fileName);
    return sheet.ok ? readAttendeeSheet(sheet.value, ZEFFY, kind, options) : sheet;
  },
});

export { ZEFFY } from './zeffy-spec.js';
