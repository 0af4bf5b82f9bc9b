import { Hono } from 'hono';
import { z } from 'zod';
import { addLogDeliverable, addLogHours, addLogPhase, showLog } from '../../app/accompaniment.js';
import { roleAtLeast } from '../../app/auth.js';
import { compareSnapshotsByName, createSnapshot, snapshotList } from '../../app/snapshots.js';
import { badInput } from '../api-error.js';
import { audit } from '../audit.js';
import type { AppEnv } from '../env.js';
import { readJson } from '../read-body.js';
import { need } from '../session.js';
import { auditView } from './dashboard.js';
import { runUseCase } from './follow-errors.js';

/** A real calendar date, `YYYY-MM-DD`. */
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, 'YYYY-MM-DD');
const Name = z.string().trim().min(1).max(100);
const Hours = z.number().positive().max(10_000);

const NewSnapshot = z.object({ name: Name, asOf: Day, scenario: Name.optional() });
const NewPhase = z.object({
  name: Name,
  startsOn: Day,
  endsOn: Day,
  budgetHours: z.number().min(0).max(100_000),
});
const NewHours = z.object({
  date: Day,
  person: Name,
  activity: Name,
  hours: Hours,
  phase: Name.optional(),
});
const NewDeliverable = z.object({
  date: Day,
  title: z.string().trim().min(1).max(300),
  phase: Name.optional(),
});

/**
 * Following a community over time (issue 9): its snapshots and their comparison, and the
 * accompaniment log. Reads for every role (member names in a comparison from facilitator up);
 * snapshots and log entries are written from facilitator up.
 */
export function followRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const slugOf = (c: { get(k: 'community'): { slug: string } }) => c.get('community').slug;

  app.get('/snapshots', async (c) => c.json(await snapshotList(c.get('deps').store, slugOf(c))));

  app.post('/snapshots', async (c) => {
    need(c, 'facilitator');
    const body = await readJson(c, NewSnapshot);
    return runUseCase(c, async () => {
      const made = await createSnapshot(c.get('deps').store, {
        community: slugOf(c),
        name: body.name,
        asOf: body.asOf,
        ...(body.scenario ? { scenario: body.scenario } : {}),
      });
      await audit(c, 'change', `snapshot:${made.name}`, { asOf: made.asOf });
      return c.json(made, 201);
    });
  });

  app.get('/snapshots/compare', async (c) => {
    const before = c.req.query('before') ?? '';
    const after = c.req.query('after') ?? '';
    if (!before || !after) throw badInput('before, after: snapshot names');
    const names = roleAtLeast(c.get('role'), 'facilitator');
    return runUseCase(c, async () => {
      const comparison = await compareSnapshotsByName(c.get('deps').store, {
        community: slugOf(c),
        before,
        after,
        names,
      });
      if (names) await auditView(c, `snapshots:${before}:${after}`);
      return c.json(comparison);
    });
  });

  app.get('/log', async (c) => c.json(await showLog(c.get('deps').store, slugOf(c))));

  app.post('/log/phases', async (c) => {
    need(c, 'facilitator');
    const body = await readJson(c, NewPhase);
    return runUseCase(c, async () => {
      const phase = await addLogPhase(c.get('deps').store, { community: slugOf(c), ...body });
      await audit(c, 'change', `log:phase:${phase.id}`, {});
      return c.json(phase, 201);
    });
  });

  app.post('/log/hours', async (c) => {
    need(c, 'facilitator');
    const { phase, ...body } = await readJson(c, NewHours);
    return runUseCase(c, async () => {
      const added = await addLogHours(c.get('deps').store, {
        community: slugOf(c),
        ...body,
        ...(phase ? { phase } : {}),
      });
      await audit(c, 'change', 'log:hours', { date: body.date, hours: body.hours });
      return c.json(added, 201);
    });
  });

  app.post('/log/deliverables', async (c) => {
    need(c, 'facilitator');
    const { phase, ...body } = await readJson(c, NewDeliverable);
    return runUseCase(c, async () => {
      const added = await addLogDeliverable(c.get('deps').store, {
        community: slugOf(c),
        ...body,
        ...(phase ? { phase } : {}),
      });
      await audit(c, 'change', `log:deliverable:${added.id}`, { date: body.date });
      return c.json(added, 201);
    });
  });

  return app;
}
