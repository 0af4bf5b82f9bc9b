import type { Translate } from '../i18n/index.js';
import { formatIssue } from '../import/index.js';
import type { Issue } from '../model/issue.js';

/** Issues as the API returns them: located, with the same message as the CLI prints. */
export function issuesView(issues: readonly Issue[], t: Translate) {
  return issues.map((issue) => ({
    code: issue.code,
    file: issue.file,
    line: issue.line ?? null,
    column: issue.column ?? null,
    message: formatIssue(issue, t),
  }));
}
