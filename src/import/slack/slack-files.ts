import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { isZip, readZip } from './read-zip.js';

/** The files of a Slack export, by path relative to its root (`users.json`, `general/2024-03-12.json`). */
export interface SlackFiles {
  readonly entries: ReadonlyMap<string, Uint8Array>;
  /** Where an entry is, as shown in issues: the archive or folder, then the entry's path. */
  locate(path: string): string;
}

const LIST = /(?:^|\/)(?:users|channels|groups|dms|mpims)\.json$/;
const DAY = /(?:^|\/)[^/]+\/\d{4}-\d{2}-\d{2}\.json$/;
const REQUIRED = ['users.json', 'channels.json'] as const;

/** Whether a path inside an export is one Pouls reads (lists of users and channels, day files). */
export function isSlackEntry(path: string): boolean {
  return !path.startsWith('__MACOSX/') && (LIST.test(path) || DAY.test(path));
}

/** The folder holding `channels.json` or `users.json` (an archive may wrap the export in one). */
function rootOf(paths: readonly string[]): string | undefined {
  const roots = paths
    .filter((path) => /(?:^|\/)(?:channels|users)\.json$/.test(path))
    .map((path) => path.slice(0, path.lastIndexOf('/') + 1))
    .sort((a, b) => a.length - b.length);
  return roots[0];
}

function normalised(entries: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  const slashed = [...entries].map(([path, bytes]) => [path.replace(/\\/g, '/'), bytes] as const);
  const root = rootOf(slashed.map(([path]) => path)) ?? '';
  return new Map(
    slashed
      .filter(([path]) => path.startsWith(root) && isSlackEntry(path))
      .map(([path, bytes]) => [path.slice(root.length), bytes]),
  );
}

/**
 * Gathers the files of a Slack export from a zip (`bytes`) or an extracted folder (`files`),
 * rooted at the folder holding `users.json` and `channels.json`; a `missing_entry` issue names
 * each of the two that is absent.
 */
export function slackFiles(input: ImportInput): Result<SlackFiles> {
  const { bytes, fileName, files } = input;
  let raw: ReadonlyMap<string, Uint8Array>;
  if (files && files.size > 0) raw = files;
  else if (isZip(bytes)) {
    const unzipped = readZip(bytes, fileName, isSlackEntry);
    if (!unzipped.ok) return unzipped;
    raw = unzipped.value;
  } else {
    return fail([{ code: 'unreadable_file', file: fileName, params: { reason: 'not_slack' } }]);
  }
  const entries = normalised(raw);
  const missing: Issue[] = REQUIRED.filter((entry) => !entries.has(entry)).map((entry) => ({
    code: 'missing_entry',
    file: fileName,
    params: { entry },
  }));
  if (missing.length > 0) return fail(missing);
  return ok({ entries, locate: (path) => `${fileName}/${path}` });
}
