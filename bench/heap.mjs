#!/usr/bin/env node
// heap.mjs (make bench-heap): bale under valgrind's DHAT on one fixture, printing DHAT's
// t-gmax (the heap's high-water mark as valgrind saw every malloc and free) beside the peak
// bale reports itself (--mem-report-file), and their ratio. The two count different things
// at the edges (DHAT sees libc's and the runtime's own allocations; bale's accounting sees
// what goes through its mem module, including mmap'd arenas DHAT does not track), so they
// should agree closely but not always to the byte.
//
// Environment: BALE (default build/bale), BENCH_HEAP_FIXTURE (default three),
// BENCH_HEAP_VARIANT (default plain). Writes bench/results/heap.json (not committed).
// bale failing to bundle is reported, not an error: its heap up to that point is still
// compared. Exits non-zero only if valgrind itself cannot run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { ensureFixtures } from './fixtures.mjs';
import { BUNDLERS, VARIANTS } from './lib/bundlers.mjs';
import { benchDir, baleBinary, cacheDir } from './lib/paths.mjs';
import { fmtBytes } from './lib/stats.mjs';

function fail(msg) {
  console.error(`bench-heap: ${msg}`);
  process.exit(2);
}

const fixtureName = process.env.BENCH_HEAP_FIXTURE || 'three';
const variantName = process.env.BENCH_HEAP_VARIANT || 'plain';
const variant = VARIANTS.find((v) => v.name === variantName) || fail(`unknown variant ${variantName}`);
if (!fs.existsSync(baleBinary())) fail(`no bale binary at ${baleBinary()} (build it, or set BALE)`);
if (spawnSync('valgrind', ['--version']).error) fail('valgrind is not installed (bench/setup.sh heap installs it)');

let fixture;
try {
  [fixture] = ensureFixtures([fixtureName]);
} catch (err) {
  fail(err.message);
}
const dir = path.join(cacheDir(), 'heap', fixture.name, variant.name);
fs.mkdirSync(dir, { recursive: true });
const outfile = path.join(dir, 'bundle.mjs');
const memReport = path.join(dir, 'mem.json');
const dhatOut = path.join(dir, 'dhat.out.json');
for (const f of [outfile, `${outfile}.map`, memReport, dhatOut]) fs.rmSync(f, { force: true });

const bale = BUNDLERS.find((b) => b.name === 'bale');
const cmd = bale.command({
  entry: path.join(fixture.dir, fixture.entry),
  outfile,
  tsconfig: fixture.tsconfig ? path.join(fixture.dir, fixture.tsconfig) : null,
  variant,
  memReport,
});
console.log(`bench-heap: valgrind --tool=dhat ${cmd.join(' ').split(`${process.cwd()}/`).join('')}`);
const r = spawnSync('valgrind', ['--tool=dhat', `--dhat-out-file=${dhatOut}`, ...cmd], { encoding: 'utf8', cwd: fixture.dir, maxBuffer: 256 * 1048576 });
if (r.error) fail(`valgrind: ${r.error.message}`);
const stderr = r.stderr || '';
const num = (s) => Number(s.replace(/,/g, ''));
const grab = (label) => {
  const m = stderr.match(new RegExp(`${label}:\\s+([\\d,]+) bytes in ([\\d,]+) blocks`));
  return m ? { bytes: num(m[1]), blocks: num(m[2]) } : null;
};
const dhat = { gmax: grab('At t-gmax'), end: grab('At t-end'), total: grab('Total') };
if (!dhat.gmax) fail(`could not find "At t-gmax" in valgrind's output:\n${stderr.slice(-2000)}`);
let report = null;
try {
  report = JSON.parse(fs.readFileSync(memReport, 'utf8'));
} catch {
  // no report: said below
}
const baleLines = stderr.split('\n').filter((l) => !l.startsWith('==')).map((l) => l.trim()).filter(Boolean);
const status = r.status === 0 ? 'ok (exit 0)'
  : /not built yet/.test(stderr) ? `not built (exit ${r.status}): the heap compared is that of what bale did before stopping`
    : `FAILED (exit ${r.status ?? r.signal})`;

const pad = (s, n) => String(s).padStart(n);
const row = (label, bytes, blocks) => `  ${label.padEnd(22)}${pad(bytes == null ? '—' : bytes.toLocaleString('en-US'), 16)} B ${pad(bytes == null ? '' : `(${fmtBytes(bytes)})`, 14)}${pad(blocks == null ? '—' : blocks.toLocaleString('en-US'), 12)} blocks`;
console.log(`\nbale heap, ${fixture.name} (${fixture.inputs.modules} modules), ${variant.name}: bale ${status}`);
if (baleLines.length) console.log(`  bale said: ${baleLines.slice(0, 2).join(' / ')}`);
console.log(row('DHAT t-gmax', dhat.gmax.bytes, dhat.gmax.blocks));
console.log(row('bale peak (own report)', report?.peak?.bytes ?? null, report?.peak?.blocks ?? null));
if (report?.peak) {
  const ratio = report.peak.bytes / dhat.gmax.bytes;
  console.log(`  ${'bale / DHAT'.padEnd(22)}${pad(ratio.toFixed(3), 16)}    (1.000 = the same peak; bale's peak was during ${report.peak.stage} at ${report.peak.ms} ms)`);
} else {
  console.log('  bale wrote no memory report, so there is nothing to compare');
}
if (dhat.end) console.log(row('DHAT t-end', dhat.end.bytes, dhat.end.blocks));
if (report?.final) console.log(row('bale at exit', report.final.bytes, null));
if (dhat.total) console.log(row('DHAT total allocated', dhat.total.bytes, dhat.total.blocks));
console.log(`\n  DHAT profile: ${path.relative(process.cwd(), dhatOut)} (open with valgrind's dh_view.html)`);

const resultsDir = path.resolve(process.env.BENCH_RESULTS || path.join(benchDir, 'results'));
fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(path.join(resultsDir, 'heap.json'), `${JSON.stringify({
  date: new Date().toISOString(), fixture: fixture.name, variant: variant.name, command: cmd, exit: r.status, status,
  dhat, bale: report ? { peak: report.peak, final: report.final } : null,
  ratio: report?.peak ? report.peak.bytes / dhat.gmax.bytes : null,
}, null, 1)}\n`);
