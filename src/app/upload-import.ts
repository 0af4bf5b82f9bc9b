import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportKind } from '../import/index.js';
import type { Result } from '../model/issue.js';
import type { Store, SurveySummary, WriteSummary } from '../store/index.js';
import { importFile } from './import-file.js';
import { importSurvey } from './import-survey.js';

/**
 * A file name safe to write in a private temporary folder: its last path segment, with only
 * letters, digits, dots, dashes and underscores (the extension, which format detection reads,
 * is kept), never `.` or `..`.
 */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const cleaned = last
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .replace(/^\.+/, '')
    .slice(-120);
  return cleaned === '' ? 'upload' : cleaned;
}

/**
 * Imports an uploaded file into a community exactly as `pouls import` imports a file from disk
 * (same detection, checks and messages, one transaction or nothing; `dryRun` writes nothing).
 * The bytes go to a private temporary folder that is removed afterwards.
 */
export async function importUpload(
  store: Store,
  options: {
    community: string;
    kind: ImportKind | 'survey';
    fileName: string;
    bytes: Uint8Array;
    format?: string | undefined;
    dryRun: boolean;
  },
): Promise<Result<WriteSummary | SurveySummary>> {
  const dir = await mkdtemp(join(tmpdir(), 'pouls-upload-'));
  try {
    const path = join(dir, safeFileName(options.fileName));
    await writeFile(path, options.bytes, { mode: 0o600 });
    if (options.kind === 'survey') {
      return await importSurvey(store, {
        path,
        community: options.community,
        dryRun: options.dryRun,
      });
    }
    return await importFile(store, {
      kind: options.kind,
      path,
      community: options.community,
      dryRun: options.dryRun,
      ...(options.format ? { format: options.format } : {}),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
