import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readSurvey } from '../import/survey/index.js';
import { fail, type Result } from '../model/issue.js';
import { type Store, type SurveySummary, writeSurvey } from '../store/index.js';
import type { AuditContext } from './audit-context.js';
import { targetSlug } from './import-file.js';

/**
 * Imports survey responses (Google Forms, Microsoft Forms, LimeSurvey, SurveyMonkey; CSV or
 * XLSX), columns matched to the instrument's items, in one transaction, or nothing.
 */
export async function importSurvey(
  store: Store,
  options: {
    path: string;
    community?: string;
    dryRun?: boolean;
    map?: Readonly<Record<string, string>>;
    /** Today's date: when consent counts from for responses without a submission date. */
    today?: string;
    /** Who imports, and when, for the audit log. */
    audit?: AuditContext;
  },
): Promise<Result<SurveySummary>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.path);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'EIO';
    return fail([{ code: 'unreadable_file', file: options.path, params: { reason } }]);
  }
  const read = await readSurvey(
    bytes,
    basename(options.path),
    options.map ? { map: options.map } : {},
  );
  if (!read.ok) return read;
  const slug = await targetSlug(store, options.community);
  const written = await writeSurvey(store.db, { slug, name: slug, host: null }, read.value, {
    dryRun: options.dryRun ?? false,
    ...(options.today ? { decidedOn: options.today } : {}),
    ...(options.audit ? { audit: { ...options.audit, file: basename(options.path) } } : {}),
  });
  return written;
}
