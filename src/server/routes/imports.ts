import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { importUpload } from '../../app/upload-import.js';
import { IMPORT_KINDS, type ImportKind } from '../../import/index.js';
import { ApiError, badInput } from '../api-error.js';
import { audit } from '../audit.js';
import type { AppEnv } from '../env.js';
import { issuesView } from '../issues.js';
import { need } from '../session.js';

const KINDS: readonly string[] = [...IMPORT_KINDS, 'survey'];

/** `POST /imports`: a multipart upload checked and written like `pouls import` (stewards). */
export function importRoutes(maxBytes: number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const limitMb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  app.post(
    '/',
    (c, next) => {
      need(c, 'steward');
      return next();
    },
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new ApiError(413, 'too_large', { limit: limitMb });
      },
    }),
    async (c) => {
      let form: Record<string, string | File | (string | File)[]>;
      try {
        form = await c.req.parseBody();
      } catch (error) {
        if (error instanceof ApiError) throw error;
        throw badInput('multipart/form-data');
      }
      const kind = form.kind;
      const file = form.file;
      if (typeof kind !== 'string' || !KINDS.includes(kind))
        throw badInput(`kind: ${KINDS.join('|')}`);
      if (!(file instanceof File)) throw badInput('file');
      if (file.size > maxBytes) throw new ApiError(413, 'too_large', { limit: limitMb });
      const format =
        typeof form.format === 'string' && form.format !== '' ? form.format : undefined;
      const dryRun = form.dryRun !== 'false';
      const result = await importUpload(c.get('deps').store, {
        community: c.get('community').slug,
        kind: kind as ImportKind | 'survey',
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        format,
        dryRun,
      });
      if (!dryRun) {
        await audit(c, 'import', `import:${kind}`, { ok: result.ok, bytes: file.size });
      }
      if (!result.ok) {
        const issues = issuesView(result.issues, c.get('t'));
        return c.json({ ok: false, dryRun, summary: null, issues });
      }
      return c.json({
        ok: true,
        dryRun,
        summary: result.value,
        issues: issuesView(result.skipped ?? [], c.get('t')),
      });
    },
  );
  return app;
}
