import type { ContributionInput } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import { normaliseName } from '../normalise-name.js';
import type { Sheet } from '../sheet/sheet.js';
import { findColumn } from '../zoom/find-column.js';
import { commitAuthor } from './commit-author.js';
import { parseGitDate } from './git-date.js';

/** Column aliases of a commit table such as the Apache HTTP Server history. */
export const COMMIT_COLUMNS = {
  hash: ['id', 'hash', 'commit', 'sha', 'sha1'],
  name: ['author', 'author name', 'auteur', 'name', 'nom'],
  email: ['email', 'author email', 'courriel', 'e-mail'],
  date: ['date', 'author date', 'authored at', 'timestamp'],
  kind: ['kind', 'type'],
  title: ['title', 'subject', 'message', 'titre', 'sujet'],
} as const;

/**
 * Reads a sheet of commits (`id,author,email,date,kind,title`, as in the Apache HTTP Server
 * history) as contributions: author = name and email, date in UTC, kind defaulting to
 * `commit`. A required column missing, or a row without author or with a bad date, is an issue
 * with its line and column.
 */
export function readCommitSheet(sheet: Sheet): Result<ContributionInput[]> {
  const at = (aliases: readonly string[]) => findColumn(sheet.header, aliases);
  const [name, email, date, kind, title] = [
    at(COMMIT_COLUMNS.name),
    at(COMMIT_COLUMNS.email),
    at(COMMIT_COLUMNS.date),
    at(COMMIT_COLUMNS.kind),
    at(COMMIT_COLUMNS.title),
  ];
  const file = sheet.file;
  if (date === undefined)
    return fail([{ code: 'missing_column', file, line: 1, params: { field: 'date' } }]);
  if (name === undefined && email === undefined) {
    return fail([{ code: 'missing_column', file, line: 1, params: { field: 'author' } }]);
  }
  const issues: Issue[] = [];
  const contributions: ContributionInput[] = [];
  const cell = (cells: readonly string[], i: number | undefined) =>
    i === undefined ? '' : (cells[i] ?? '');
  for (const { line, cells } of sheet.rows) {
    const author = commitAuthor(cell(cells, name), cell(cells, email));
    const value = cell(cells, date);
    const when = parseGitDate(value);
    const located = (i: number) => ({ file, line, column: sheet.header[i], columnNumber: i + 1 });
    if (!author)
      issues.push({
        ...located(name ?? email ?? 0),
        code: 'required_value',
        params: { field: 'author' },
      });
    if (!when)
      issues.push({ ...located(date), code: 'invalid_value', params: { value, expected: 'date' } });
    if (!author || !when) continue;
    const what = normaliseName(cell(cells, kind)) || 'commit';
    contributions.push({ author, date: when, kind: what, title: cell(cells, title) });
  }
  return issues.length > 0 ? fail(issues) : ok(contributions);
}
