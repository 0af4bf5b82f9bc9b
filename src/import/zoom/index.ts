import type { SyncImporter } from '../importer.js';
import { decodeText } from '../sheet/decode-text.js';
import { normaliseHeader } from '../sheet/normalise-header.js';
import { readZoomReport } from './read-zoom-report.js';

const MEETING_ID = /^(meeting id|id de reunion|id de la reunion)$/;

/** Whether a sample's first line is Zoom's summary header (« Meeting ID » / « ID de réunion »). */
function looksZoom(sample: Uint8Array): boolean {
  const { text } = decodeText(sample);
  const first = text.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '';
  return first.split(',').some((cell) => MEETING_ID.test(normaliseHeader(cell)));
}

/**
 * Zoom participant reports (`--format zoom`, kinds `attendance` and `events`): the CSV of
 * Reports › Usage › Participants exported with the meeting data, in English or French.
 */
export const zoomImporter: SyncImporter = Object.freeze<SyncImporter>({
  format: 'zoom',
  kinds: ['attendance', 'events'],
  detect: looksZoom,
  read({ bytes, fileName, kind, options }) {
    if (kind !== 'attendance' && kind !== 'events') {
      return { ok: false, issues: [{ code: 'unknown_kind', file: fileName, params: { kind } }] };
    }
    return readZoomReport(bytes, fileName, kind, options);
  },
});

export { decideOrder } from './decide-order.js';
export { findColumn, hasColumns } from './find-column.js';
export { readRawRows } from './read-raw-rows.js';
export { readZoomReport } from './read-zoom-report.js';
