import type { SyncImporter } from '../importer.js';
import { decodeText } from '../sheet/decode-text.js';
import { readTeamsReport } from './read-teams-report.js';

const SUMMARY_TITLE = /^\s*(?:1\s*\.\s*)?(summary|meeting summary|résumé)\s*(\t|$)/im;

/**
 * Whether a sample is a Teams attendance report: UTF-16 text (with its BOM) or tab-separated
 * text whose first line opens the « 1. Résumé » / "1. Summary" section.
 */
function looksTeams(sample: Uint8Array): boolean {
  const { text, encoding } = decodeText(sample);
  const first = text.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (!SUMMARY_TITLE.test(first)) return false;
  return encoding.startsWith('utf-16') || text.includes('\t');
}

/**
 * Microsoft Teams attendance reports (`--format teams`, kinds `attendance` and `events`): the
 * file downloaded from a meeting's Attendance tab, in English or French.
 */
export const teamsImporter: SyncImporter = Object.freeze<SyncImporter>({
  format: 'teams',
  kinds: ['attendance', 'events'],
  detect: looksTeams,
  read({ bytes, fileName, kind, options }) {
    if (kind !== 'attendance' && kind !== 'events') {
      return { ok: false, issues: [{ code: 'unknown_kind', file: fileName, params: { kind } }] };
    }
    return readTeamsReport(bytes, fileName, kind, options);
  },
});

export { readTeamsReport } from './read-teams-report.js';
export { fullYear, parseTeamsDate } from './teams-date.js';
export { splitSections } from './teams-sections.js';
