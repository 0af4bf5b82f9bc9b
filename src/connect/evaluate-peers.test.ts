import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../analytics/index.js';
import { generateDemo } from '../demo/generate-demo.js';
import { createDb, loadDataset, replaceCommunity } from '../store/index.js';
import { evaluatePeers } from './evaluate-peers.js';

async function demoDataset() {
  const store = await createDb({
    kind: 'sqlite',
    path: join(mkdtempSync(join(tmpdir(), 'pouls-eval-')), 'p.db'),
  });
  const demo = generateDemo();
  const written = await replaceCommunity(store.db, demo.community, demo.batch);
  if (!written.ok) throw new Error('demo');
  const dataset = await loadDataset(store.db, written.value.community);
  await store.close();
  return dataset;
}

describe('evaluatePeers on the demo community', () => {
  it('finds more of the ties formed after the cut than recommending the most connected members', async () => {
    const dataset = await demoDataset();
    for (const [cut, before] of [
      ['2023-11-15', '2023-11-14'],
      ['2024-02-15', '2024-02-14'],
      ['2024-05-15', '2024-05-14'],
    ] as const) {
      const analysis = analyse(dataset, { asOf: before, windowDays: 90, seed: 1 });
      const r = evaluatePeers(dataset, analysis, { cut, ks: [5, 10] });
      expect(r.heldOut).toBeGreaterThan(20);
      const [p5, p10] = r.recommender;
      const [b5, b10] = r.popularity;
      expect(p5!.precision).toBeGreaterThan(b5!.precision);
      expect(p5!.recall).toBeGreaterThan(b5!.recall);
      expect(p10!.precision).toBeGreaterThan(b10!.precision);
      expect(p10!.recall).toBeGreaterThan(b10!.recall);
    }
  }, 60_000);
});
