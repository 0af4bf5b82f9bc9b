import { EMPTY_BATCH } from '../../model/input.js';
import type { SyncImporter } from '../importer.js';
import { decodeText } from '../sheet/decode-text.js';
import { normaliseHeader } from '../sheet/normalise-header.js';
import { readSheet } from '../sheet/read-sheet.js';
import { gitLogKind, parseGitLog } from './parse-git-log.js';
import { COMMIT_COLUMNS, readCommitSheet } from './read-commit-sheet.js';

const normalised = (aliases: readonly string[]) => aliases.map(normaliseHeader);

/** Whether a first line is the header of a commit table: a hash, an email, a date and a subject. */
function isCommitHeader(first: string): boolean {
  const cells = first.split(/[,;\t]/).map((cell) => normaliseHeader(cell.replace(/"/g, '')));
  const has = (aliases: readonly string[]) => cells.some((c) => normalised(aliases).includes(c));
  return (
    has(COMMIT_COLUMNS.hash) &&
    has(COMMIT_COLUMNS.email) &&
    has(COMMIT_COLUMNS.date) &&
    has(COMMIT_COLUMNS.title)
  );
}

/** Whether a sample is git log output or a commit table. */
function looksGit(sample: Uint8Array): boolean {
  const { text } = decodeText(sample);
  if (gitLogKind(text)) return true;
  return isCommitHeader(text.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '');
}

/**
 * Git history as contributions (`--format git`, kind `contributions`): the output of
 * `git log` with `gitLogArgs()` (what the app runs in a repository folder), the default
 * `git log` output, or a CSV table of commits (`id,author,email,date,kind,title`).
 */
export const gitImporter: SyncImporter = Object.freeze<SyncImporter>({
  format: 'git',
  kinds: ['contributions'],
  detect: looksGit,
  read({ bytes, fileName, kind }) {
    if (kind !== 'contributions') {
      return { ok: false, issues: [{ code: 'unknown_kind', file: fileName, params: { kind } }] };
    }
    const { text } = decodeText(bytes);
    if (gitLogKind(text)) {
      const parsed = parseGitLog(text, fileName);
      return parsed.ok
        ? { ok: true, value: { ...EMPTY_BATCH, contributions: parsed.value } }
        : parsed;
    }
    const sheet = readSheet(bytes, fileName);
    if (!sheet.ok) return sheet;
    const read = readCommitSheet(sheet.value);
    return read.ok ? { ok: true, value: { ...EMPTY_BATCH, contributions: read.value } } : read;
  },
});

export { commitAuthor } from './commit-author.js';
export { parseGitDate } from './git-date.js';
export { GIT_LOG_FORMAT, gitLogArgs } from './git-log-args.js';
export { gitLogKind, parseGitLog } from './parse-git-log.js';
export { COMMIT_COLUMNS, readCommitSheet } from './read-commit-sheet.js';
