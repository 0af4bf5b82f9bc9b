#!/usr/bin/env node
// Report benchmark: time to write the demo community's report in all four formats (PDF, DOCX,
// PPTX, HTML), first run (fonts and modules loading) and warm runs. Run after `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planCommunity, runDemo, writeReport } from '../dist/app/index.js';
import { createDb } from '../dist/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'pouls-bench-report-'));
const store = await createDb({ kind: 'sqlite', path: join(dir, 'pouls.db') });
await runDemo(store, { outDir: join(dir, 'demo'), lang: 'fr' });
const planned = await planCommunity(store, {
  community: 'demo',
  asOf: '2024-11-15',
  hourlyRate: 45,
});
if (!planned.ok) throw new Error('plan failed');
const { analysis, diagnosis, plan } = planned.value;
const formats = ['pdf', 'docx', 'pptx', 'html'];
const rows = [];
for (const run of [1, 2, 3]) {
  const started = performance.now();
  await writeReport(analysis, {
    formats,
    lang: 'fr',
    outDir: join(dir, `run${run}`),
    generatedOn: '2024-11-15',
    diagnosis,
    plan,
  });
  rows.push({ run, seconds: (performance.now() - started) / 1000 });
}
await store.close();
rmSync(dir, { recursive: true, force: true });
console.log('| run | PDF + DOCX + PPTX + HTML |');
console.log('|---|---:|');
for (const r of rows)
  console.log(
    `| ${r.run === 1 ? 'first (cold)' : `warm ${r.run - 1}`} | ${r.seconds.toFixed(2)} s |`,
  );
