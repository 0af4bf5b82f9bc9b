import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AuditContext } from '../../app/audit-context.js';
import {
  CONSENT_USES,
  eraseMember,
  exportMember,
  setMemberConsent,
  showMember,
} from '../../app/member-privacy.js';
import { applyRetention, setRetentionPeriod, showRetention } from '../../app/retention.js';
import type { ConsentUse } from '../../store/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { asOfParam } from '../query.js';
import { readJson } from '../read-body.js';
import { need } from '../session.js';

const Consent = z.object({ granted: z.boolean() });
const Erase = z.object({ confirm: z.number().int() });
const Retention = z.object({ months: z.number().int().min(1).max(1200).nullable() });
const Apply = z.object({ dryRun: z.boolean() });

/** The signed-in admin and the server's clock, as the use cases record them in the audit log. */
function auditContext(c: Context<AppEnv>): AuditContext {
  return {
    actor: c.get('principal')?.email ?? 'anonymous',
    at: c.get('deps').clock.now().toISOString(),
  };
}

/** `:id` as a member of the route's community (a number only: no lookup by name or email). */
function memberTarget(c: Context<AppEnv>) {
  const id = c.req.param('id') ?? '';
  if (!/^\d{1,9}$/.test(id)) throw new ApiError(404, 'not_found');
  return { community: c.get('community').slug, member: id };
}

function consentUse(c: Context<AppEnv>): ConsentUse {
  const use = c.req.param('use') ?? '';
  if (!(CONSENT_USES as readonly string[]).includes(use)) throw new ApiError(404, 'not_found');
  return use as ConsentUse;
}

/**
 * Law 25 for a community's admins: a member's record, export, consents and erasure, and the
 * retention period; every read and write goes to the audit log with the admin's email.
 */
export function privacyRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    need(c, 'admin');
    await next();
  });

  app.get('/members/:id', async (c) => {
    const shown = await showMember(c.get('deps').store, memberTarget(c), auditContext(c));
    return c.json({ ...shown.record, counts: shown.counts });
  });

  app.get('/members/:id/export', async (c) => {
    const target = memberTarget(c);
    const exported = await exportMember(c.get('deps').store, target, auditContext(c));
    c.header(
      'Content-Disposition',
      `attachment; filename="pouls-${target.community}-member-${exported.member.id}.json"`,
    );
    return c.json(exported);
  });

  app.put('/members/:id/consents/:use', async (c) => {
    const use = consentUse(c);
    const { granted } = await readJson(c, Consent);
    const target = memberTarget(c);
    const store = c.get('deps').store;
    await setMemberConsent(store, { ...target, use, granted, source: 'admin' }, auditContext(c));
    const shown = await showMember(store, target);
    return c.json(shown.record.consents);
  });

  app.post('/members/:id/erase', async (c) => {
    const target = memberTarget(c);
    const { confirm } = await readJson(c, Erase);
    if (String(confirm) !== target.member)
      throw new ApiError(400, 'bad_input', { detail: 'confirm' });
    const erased = await eraseMember(c.get('deps').store, target, auditContext(c));
    c.get('deps').cache.clear();
    return c.json(erased);
  });

  app.get('/retention', async (c) =>
    c.json(
      await showRetention(c.get('deps').store, {
        community: c.get('community').slug,
        asOf: asOfParam(c),
      }),
    ),
  );

  app.put('/retention', async (c) => {
    const { months } = await readJson(c, Retention);
    const store = c.get('deps').store;
    const community = c.get('community').slug;
    await setRetentionPeriod(store, { community, months }, auditContext(c));
    return c.json(await showRetention(store, { community, asOf: asOfParam(c) }));
  });

  app.post('/retention/apply', async (c) => {
    const { dryRun } = await readJson(c, Apply);
    const report = await applyRetention(
      c.get('deps').store,
      { community: c.get('community').slug, asOf: asOfParam(c), dryRun },
      auditContext(c),
    );
    if (!dryRun) c.get('deps').cache.clear();
    return c.json(report);
  });

  return app;
}
