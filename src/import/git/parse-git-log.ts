import type { ContributionInput } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import { commitAuthor } from './commit-author.js';
import { parseGitDate } from './git-date.js';

const TAB_LINE = /^[0-9a-f]{7,64}\t/;
const COMMIT_LINE = /^commit [0-9a-f]{7,64}\b/;
const AUTHOR = /^Author:\s*(.*?)\s*<([^<>]*)>\s*$/;
const DATE = /^(?:Author)?Date:\s*(.*)$/;

interface Block {
  line: number;
  author?: { name: string; email: string };
  date?: string;
  subject?: string;
}

function contributionOf(
  block: Block,
  file: string,
  issues: Issue[],
): ContributionInput | undefined {
  const author = block.author && commitAuthor(block.author.name, block.author.email);
  const date = block.date === undefined ? undefined : parseGitDate(block.date);
  const at = { file, line: block.line };
  if (!author) issues.push({ ...at, code: 'required_value', params: { field: 'author' } });
  else if (block.date === undefined) {
    issues.push({ ...at, code: 'required_value', params: { field: 'date' } });
  } else if (!date) {
    issues.push({ ...at, code: 'invalid_value', params: { value: block.date, expected: 'date' } });
  }
  if (!author || !date) return undefined;
  return { author, date, kind: 'commit', title: block.subject ?? '' };
}

function tabBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const [, name = '', email = '', date = '', ...subject] = text.split('\t');
    blocks.push({ line: i + 1, author: { name, email }, date, subject: subject.join('\t').trim() });
  });
  return blocks;
}

function defaultBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let block: Block | undefined;
  lines.forEach((text, i) => {
    if (COMMIT_LINE.test(text)) {
      block = { line: i + 1 };
      blocks.push(block);
      return;
    }
    if (!block) return;
    const author = AUTHOR.exec(text);
    const date = DATE.exec(text);
    if (author) block.author = { name: author[1] ?? '', email: author[2] ?? '' };
    else if (date && block.date === undefined) block.date = date[1];
    else if (/^ {4}\S/.test(text) && block.subject === undefined) block.subject = text.trim();
  });
  return blocks;
}

/** Which git log output a text is: the tab format of `gitLogArgs`, the default, or neither. */
export function gitLogKind(text: string): 'tab' | 'default' | undefined {
  const first = text.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (TAB_LINE.test(first) && first.split('\t').length >= 5) return 'tab';
  return COMMIT_LINE.test(first) ? 'default' : undefined;
}

/**
 * Reads `git log` output as contributions (kind `commit`, title = subject line, author = name
 * and email, date = author date in UTC): either the tab-separated lines of `gitLogArgs`
 * (`%H%x09%an%x09%ae%x09%aI%x09%s`) or the default `commit` / `Author:` / `Date:` blocks (also
 * `--pretty=fuller`, whose `AuthorDate:` is used). Issues carry the commit's line.
 *
 * @example
 * parseGitLog('ad784c6\tMarie\tm@x.ca\t2024-03-14T14:03:45-04:00\tAjoute le guide', 'log.txt')
 */
export function parseGitLog(text: string, file: string): Result<ContributionInput[]> {
  const kind = gitLogKind(text);
  if (!kind)
    return fail([{ code: 'unreadable_file', file, line: 1, params: { reason: 'git_log' } }]);
  const lines = text.split(/\r\n|\n|\r/);
  const blocks = kind === 'tab' ? tabBlocks(lines) : defaultBlocks(lines);
  const issues: Issue[] = [];
  const contributions = blocks.flatMap((block) => contributionOf(block, file, issues) ?? []);
  if (issues.length > 0) return fail(issues);
  return contributions.length > 0
    ? ok(contributions)
    : fail([{ code: 'empty_file', file, params: {} }]);
}
