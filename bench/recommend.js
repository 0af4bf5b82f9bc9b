#!/usr/bin/env node
// Offline evaluation of the peer recommendations (docs/connect.md): hold out the ties first
// formed after a cut date and measure how many the recommendations made from the data before
// the cut would have found (precision@k, recall@k, k = 5 and 10), against a popularity baseline
// (the most connected members), on the demo community and on a real Gitter chat log.
// Run after `npm run build`: `npm run eval:recommend`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../dist/analytics/index.js';
import { importFile, resolveCommunity } from '../dist/app/index.js';
import { evaluatePeers } from '../dist/connect/index.js';
import { generateDemo } from '../dist/demo/generate-demo.js';
import { createDb, loadDataset, replaceCommunity } from '../dist/store/index.js';

const dayBefore = (iso) => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);

function evaluate(name, dataset, cut) {
  const analysis = analyse(dataset, { asOf: dayBefore(cut), windowDays: 90, seed: 1 });
  const r = evaluatePeers(dataset, analysis, { cut, ks: [5, 10] });
  const pct = (x) => `${(100 * x).toFixed(1)} %`;
  const rows = [];
  for (const [who, list] of [
    ['Pouls', r.recommender],
    ['popularity', r.popularity],
  ]) {
    rows.push(
      `| ${name} | ${cut} | ${r.members} | ${r.heldOut} | ${who} | ${list.map((x) => `${pct(x.precision)} | ${pct(x.recall)}`).join(' | ')} |`,
    );
  }
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'pouls-eval-'));
const store = await createDb({ kind: 'sqlite', path: join(dir, 'pouls.db') });
const rows = [];
const demo = generateDemo();
const written = await replaceCommunity(store.db, demo.community, demo.batch);
if (!written.ok) throw new Error('demo not written');
const demoData = await loadDataset(store.db, written.value.community);
for (const cut of ['2023-11-15', '2024-02-15', '2024-05-15'])
  rows.push(...evaluate('demo', demoData, cut));
const gitter = await importFile(store, {
  kind: 'messages',
  path: new URL('../test/fixtures/connect/gitter.txt', import.meta.url).pathname,
  community: 'gitter',
});
if (!gitter.ok) throw new Error(JSON.stringify(gitter.issues));
const gitterData = await loadDataset(store.db, await resolveCommunity(store, 'gitter'));
for (const cut of ['2018-01-01', '2018-07-01']) rows.push(...evaluate('gitter', gitterData, cut));
await store.close();
rmSync(dir, { recursive: true, force: true });
console.log('| data | cut | members | held-out ties | recommender | P@5 | R@5 | P@10 | R@10 |');
console.log('|---|---|---:|---:|---|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
