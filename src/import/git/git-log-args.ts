/** The `--pretty` format Pouls reads: hash, author name, email, ISO 8601 date, subject. */
export const GIT_LOG_FORMAT = '%H%x09%an%x09%ae%x09%aI%x09%s';

/**
 * The exact arguments for `git` (run in the repository folder, e.g. with `execFile('git',
 * gitLogArgs(), { cwd })`) whose output `parseGitLog` reads: the history of the checked-out
 * branch, merges left out (a merge repeats work already counted), one commit per line, tab
 * separated, UTF-8, no colours nor signatures whatever the user's git configuration says.
 *
 * @example
 * gitLogArgs() // ['log', '--no-merges', ..., '--pretty=format:%H%x09%an%x09%ae%x09%aI%x09%s']
 */
export function gitLogArgs(): readonly string[] {
  return Object.freeze([
    'log',
    '--no-merges',
    '--no-show-signature',
    '--no-color',
    '--encoding=UTF-8',
    `--pretty=format:${GIT_LOG_FORMAT}`,
  ]);
}
