import { Hono } from 'hono';
import { z } from 'zod';
import { REPORT_FORMATS } from '../../app/make-report.js';
import { generateReport } from '../../app/web-reports.js';
import { findReport, listReports } from '../../store/index.js';
import { ApiError } from '../api-error.js';
import { audit } from '../audit.js';
import type { AppEnv } from '../env.js';
import { readJson } from '../read-body.js';
import { need } from '../session.js';
import { dashboardOf } from './dashboard.js';

const NewReport = z.object({
  format: z.enum(REPORT_FORMATS),
  lang: z.enum(['fr', 'en']).default('fr'),
});

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  html: 'text/html; charset=utf-8',
};

/** A report's id: 32 lower-case hex digits; anything else (paths, dots) is not a report. */
const REPORT_ID = /^[0-9a-f]{32}$/;

/** The CSP of a report previewed inline: its own styles and images, no script, no network. */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'self'; sandbox";

/** Reports: generate (facilitators up), list and download (everyone with a role). */
export function reportRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const reports = await listReports(c.get('deps').store.db, c.get('community').id);
    const base = `/api/communities/${c.get('community').slug}/reports`;
    return c.json(reports.map((r) => ({ ...r, communityId: undefined, url: `${base}/${r.id}` })));
  });

  app.post('/', async (c) => {
    need(c, 'facilitator');
    const body = await readJson(c, NewReport);
    const { store, cache, clock } = c.get('deps');
    const dashboard = await dashboardOf(c);
    const report = await generateReport(store, {
      dashboard,
      plan: cache.plan(dashboard, {}),
      format: body.format,
      lang: body.lang,
      actor: c.get('principal')?.email ?? '',
      now: clock.now(),
    });
    await audit(c, 'report', `report:${report.id}`, { format: body.format, lang: body.lang });
    const url = `/api/communities/${c.get('community').slug}/reports/${report.id}`;
    return c.json({ id: report.id, url, format: report.format, lang: report.lang }, 201);
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    const report = REPORT_ID.test(id)
      ? await findReport(c.get('deps').store.db, c.get('community').id, id)
      : undefined;
    if (!report) throw new ApiError(404, 'report_not_found');
    const inline = c.req.query('inline') === '1' && report.format === 'html';
    await audit(c, 'download', `report:${report.id}`, { format: report.format, inline });
    const name = `pouls-${c.get('community').slug}-${report.createdAt.slice(0, 10)}.${report.format}`;
    c.header('Content-Type', TYPES[report.format] ?? 'application/octet-stream');
    c.header('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="${name}"`);
    if (inline) {
      c.header('Content-Security-Policy', REPORT_CSP);
      c.header('X-Frame-Options', 'SAMEORIGIN');
    }
    return c.body(new Uint8Array(report.content));
  });

  return app;
}
