import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_CASES } from '../../test/support/stores.js';
import { generateDemo } from '../demo/generate-demo.js';
import { ComparisonSchema } from '../follow/index.js';
import { PoulsError } from '../model/pouls-error.js';
import { replaceCommunity } from '../store/index.js';
import {
  addLogDeliverable,
  addLogHours,
  addLogPhase,
  importLogHours,
  showLog,
} from './accompaniment.js';
import {
  compareSnapshotsByName,
  createSnapshot,
  latestSnapshotComparison,
  snapshotList,
} from './snapshots.js';

describe.each(STORE_CASES)('follow-up on $name', (storeCase) => {
  it('compares the demo community at 2024-05-15 and 2024-11-15, names only for staff', async () => {
    const store = await storeCase.open();
    try {
      const demo = generateDemo();
      await replaceCommunity(store.db, demo.community, demo.batch);
      await createSnapshot(store, { name: 'phase-1', asOf: '2024-05-15' });
      await createSnapshot(store, { name: 'phase-2', asOf: '2024-11-15', scenario: 'ambitious' });
      expect(await snapshotList(store)).toEqual([
        { name: 'phase-1', asOf: '2024-05-15', scenario: 'relaunch' },
        { name: 'phase-2', asOf: '2024-11-15', scenario: 'ambitious' },
      ]);
      await expect(createSnapshot(store, { name: 'phase-1', asOf: '2024-06-01' })).rejects.toThrow(
        PoulsError,
      );

      const c = await compareSnapshotsByName(store, {
        before: 'phase-1',
        after: 'phase-2',
        names: false,
      });
      expect(ComparisonSchema.parse(c)).toEqual(c);
      expect(c.months).toBe(6);
      expect(c.members.total).toEqual({ before: 113, after: 120, delta: 7 });
      expect(c.members.active).toEqual({ before: 33, after: 39, delta: 6 });
      expect([c.members.up, c.members.down]).toEqual([27, 2]);
      expect(c.members.moves).toEqual([]);
      expect(c.levels.find((l) => l.level === 'core')).toEqual({
        level: 'core',
        before: 11,
        after: 17,
        delta: 6,
      });
      const p1 = c.indicators.find((i) => i.id === 'P1');
      expect(p1).toMatchObject({ direction: 'up', verdict: 'better' });
      const gini = c.indicators.find((i) => i.id === 'concentration.gini');
      expect(gini).toMatchObject({ direction: 'up', verdict: 'worse' });
      expect(c.findings.resolved.map((f) => f.id)).toEqual(['frein-F12']);
      expect(c.findings.appeared.map((f) => f.id).sort()).toEqual(['levier-L10', 'levier-L2']);
      expect(c.network.nodes).toEqual({ before: 85, after: 93, delta: 8 });
      expect(c.network.brokers.gainedNames).toEqual([]);
      // The relaunch chosen at phase 1: its four targets, read six months later.
      expect(c.before.scenario).toBe('relaunch');
      expect(c.targets.map((t) => [t.indicator, t.standing])).toEqual([
        ['P1', 'met'],
        ['P3', 'notMet'],
        ['P5', 'met'],
        ['R1', 'met'],
      ]);
      expect(JSON.stringify(c)).not.toContain(demo.batch.members[10]?.name);

      const staff = await compareSnapshotsByName(store, {
        before: 'phase-1',
        after: 'phase-2',
        names: true,
      });
      expect(staff.members.moves).toHaveLength(29);
      expect(staff.members.moves.filter((m) => m.from === 'inactive').length).toBeGreaterThan(0);
      expect(await latestSnapshotComparison(store, { names: false })).toEqual(c);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('keeps the accompaniment log: phases, hours against the budget, deliverables', async () => {
    const store = await storeCase.open();
    try {
      const demo = generateDemo();
      await replaceCommunity(store.db, demo.community, demo.batch);
      await addLogPhase(store, {
        name: 'Phase 1',
        startsOn: '2024-10-01',
        endsOn: '2024-12-20',
        budgetHours: 12,
      });
      await addLogPhase(store, {
        name: 'Phase 2',
        startsOn: '2025-01-06',
        endsOn: '2025-06-30',
        budgetHours: 30,
      });
      await expect(
        addLogPhase(store, {
          name: 'Phase 1',
          startsOn: '2024-10-01',
          endsOn: '2024-12-20',
          budgetHours: 1,
        }),
      ).rejects.toThrow(PoulsError);
      expect(
        await addLogHours(store, {
          date: '2024-10-08',
          person: 'Léa',
          activity: 'analyse',
          hours: 3.5,
        }),
      ).toMatchObject({ phaseId: expect.any(Number) });
      await addLogHours(store, {
        date: '2025-02-01',
        person: 'Léa',
        activity: 'suivi',
        hours: 0.1,
        phase: 'Phase 2',
      });
      await addLogHours(store, {
        date: '2025-02-02',
        person: 'Léa',
        activity: 'suivi',
        hours: 0.2,
      });
      await addLogDeliverable(store, { date: '2024-12-05', title: 'Rapport' });
      const dir = mkdtempSync(join(tmpdir(), 'pouls-log-'));
      const csv = join(dir, 'heures.csv');
      writeFileSync(
        csv,
        'date;personne;activité;heures\n2024-10-15;Marc;entrevues;4\n2024-11-20;Léa;rédaction;5,5\n',
      );
      expect(await importLogHours(store, { path: csv })).toEqual({ ok: true, value: { added: 2 } });
      writeFileSync(
        csv,
        'date,person,activity,hours\n2024-10-15,Marc,entrevues,4\n2024-13-01,Léa,rédaction,deux\n',
      );
      expect(await importLogHours(store, { path: csv })).toMatchObject({
        ok: false,
        issues: [
          { code: 'invalid_value', file: 'heures.csv', line: 3, column: 'date' },
          { code: 'invalid_value', file: 'heures.csv', line: 3, column: 'hours' },
        ],
      });
      const log = await showLog(store);
      expect(log.phases.map((p) => [p.name, p.spentHours, p.remainingHours, p.over])).toEqual([
        ['Phase 1', 13, -1, true],
        ['Phase 2', 0.3, 29.7, false],
      ]);
      expect(log.phases[0]?.deliverables.map((d) => d.title)).toEqual(['Rapport']);
      expect(log).toMatchObject({ budgetHours: 42, spentHours: 13.3, unassigned: null });
    } finally {
      await store.close();
    }
  }, 60_000);
});
