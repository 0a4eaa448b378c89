#!/usr/bin/env node
// run.mjs: the side-by-side benchmark. For each fixture × variant (plain, minify, sourcemap,
// both) it runs every bundler as a whole process, BENCH_RUNS times, alternating bundlers run
// by run (A B C A B C …) after a warm-up round; measures each process with bench/.cache/bin/
// measure (wall clock, user+system CPU and peak RSS from wait4); reads bale's own memory
// report; checks every bundle (check.mjs); and writes bench/results/latest.{md,json} and the
// SVG charts. A bundler that fails is a row in the table, not a failure of the bench: the
// exit status is non-zero only when the bench machinery itself breaks.
//
// Environment:
//   BENCH_RUNS=5          timed runs per bundler, fixture and variant
//   BENCH_WARMUP=1        untimed rounds before them
//   BENCH_FIXTURES=a,b    subset of three,three10x,ts-large,synth2000,synth5000
//   BENCH_VARIANTS=a,b    subset of plain,minify,sourcemap,minify+sourcemap
//   BENCH_BUNDLERS=a,b    subset of bale,esbuild,rolldown
//   BENCH_TIMEOUT=300     seconds before a run is killed (and marked FAILED)
//   BALE=path             the bale binary (default: build/bale of this checkout)
//   BENCH_RESULTS=dir     where results go (default bench/results)
//   BENCH_README=0        do not refresh the results section of bench/README.md
// `node bench/run.mjs --render` rewrites results/ from results/latest.json without running.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { ensureFixtures, FIXTURES } from './fixtures.mjs';
import { BUNDLERS, VARIANTS } from './lib/bundlers.mjs';
import { markdown, summaryTable, headerLines } from './lib/report.mjs';
import { pairedRatios, summary, fmtSeconds, fmtBytes } from './lib/stats.mjs';
import { barGrid, heapTimeline } from './lib/svg.mjs';
import { gitDescribe, loadAverage, machineInfo } from './lib/sysinfo.mjs';
import { benchDir, cacheDir, measureBinary, repoRoot } from './lib/paths.mjs';

function listEnv(name, all) {
  const v = process.env[name];
  if (!v) return all;
  const want = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const w of want) if (!all.includes(w)) throw new Error(`${name}: unknown "${w}" (have: ${all.join(', ')})`);
  return all.filter((a) => want.includes(a));
}

function intEnv(name, dflt, min) {
  const v = process.env[name];
  if (v == null || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${v}"`);
  return n;
}

let config;
try {
  config = {
    runs: intEnv('BENCH_RUNS', 5, 1),
    warmup: intEnv('BENCH_WARMUP', 1, 0),
    timeoutSeconds: intEnv('BENCH_TIMEOUT', 300, 1),
    fixtures: listEnv('BENCH_FIXTURES', FIXTURES.map((f) => f.name)),
    variants: listEnv('BENCH_VARIANTS', VARIANTS.map((v) => v.name)),
    bundlers: listEnv('BENCH_BUNDLERS', BUNDLERS.map((b) => b.name)),
  };
} catch (err) {
  console.error(`bench: ${err.message}`);
  process.exit(2);
}
const resultsDir = path.resolve(process.env.BENCH_RESULTS || path.join(benchDir, 'results'));
const outRoot = path.join(cacheDir(), 'out');

let currentChild = null;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (currentChild) {
      try {
        process.kill(-currentChild.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    process.exit(130);
  });
}

function rmf(file) {
  fs.rmSync(file, { force: true });
}

function sha256File(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function fileSize(file) {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}

function headOf(file, lines = 2) {
  try {
    const text = fs.readFileSync(file, 'utf8').replace(/\x1b\[[0-9;]*m/g, '').trim();
    return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, lines).join(' / ').slice(0, 300);
  } catch {
    return '';
  }
}

/** Run one command under the wait4 timer, in its own process group. */
function measured(cmd, { cwd, stdoutFile, stderrFile, timeFile }) {
  return new Promise((resolve, reject) => {
    rmf(timeFile);
    const out = fs.openSync(stdoutFile, 'w');
    const err = fs.openSync(stderrFile, 'w');
    const child = spawn(measureBinary(), [timeFile, '--', ...cmd], { cwd, stdio: ['ignore', out, err], detached: true });
    currentChild = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, config.timeoutSeconds * 1000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run the timer ${measureBinary()}: ${e.message} (run bench/setup.sh)`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      currentChild = null;
      fs.closeSync(out);
      fs.closeSync(err);
      if (timedOut) {
        resolve({ timedOut: true, exit: null, signal: 9 });
        return;
      }
      if (code !== 0 || !fs.existsSync(timeFile)) {
        reject(new Error(`the timer failed (exit ${code}) running ${cmd.join(' ')}: ${headOf(stderrFile)}`));
        return;
      }
      resolve({ timedOut: false, ...JSON.parse(fs.readFileSync(timeFile, 'utf8')) });
    });
  });
}

function readMemReport(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function memSummary(rep) {
  if (!rep || !rep.peak) return null;
  const comps = Object.entries(rep.peak.by_component || {}).sort((a, b) => b[1] - a[1]);
  const [topComponent, topBytes] = comps[0] || [null, 0];
  return {
    peakBytes: rep.peak.bytes,
    peakMs: rep.peak.ms,
    stage: rep.peak.stage,
    topComponent,
    topShare: rep.peak.bytes > 0 ? topBytes / rep.peak.bytes : 0,
    finalBytes: rep.final ? rep.final.bytes : null,
    maxrssBytes: rep.maxrss_bytes ?? null,
  };
}

async function runOnce(bundler, fixture, variant, label) {
  const dir = path.join(outRoot, fixture.name, variant.name, bundler.name);
  fs.mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, 'bundle.mjs');
  const memReport = path.join(dir, `${label}.mem.json`);
  for (const f of [outfile, `${outfile}.map`, memReport]) rmf(f);
  const cmd = bundler.command({
    entry: path.join(fixture.dir, fixture.entry),
    outfile,
    tsconfig: fixture.tsconfig ? path.join(fixture.dir, fixture.tsconfig) : null,
    variant,
    memReport,
  });
  const stderrFile = path.join(dir, `${label}.stderr`);
  const t = await measured(cmd, {
    cwd: fixture.dir,
    stdoutFile: path.join(dir, `${label}.stdout`),
    stderrFile,
    timeFile: path.join(dir, `${label}.time.json`),
  });
  const rec = {
    run: label,
    exit: t.exit,
    signal: t.signal || 0,
    timedOut: t.timedOut,
    wall: t.timedOut ? null : t.wall_us / 1e6,
    user: t.timedOut ? null : t.user_us / 1e6,
    sys: t.timedOut ? null : t.sys_us / 1e6,
    cpu: t.timedOut ? null : (t.user_us + t.sys_us) / 1e6,
    rss: t.timedOut ? null : t.maxrss_kb * 1024,
    outBytes: fileSize(outfile),
    mapBytes: variant.sourcemap ? fileSize(`${outfile}.map`) : null,
    outSha: fs.existsSync(outfile) ? sha256File(outfile) : null,
    stderr: headOf(stderrFile),
    memReport: fs.existsSync(memReport) ? memReport : null,
    mem: bundler.name === 'bale' ? memSummary(readMemReport(memReport)) : null,
  };
  rec.cmd = cmd;
  rec.outfile = outfile;
  return rec;
}

function runCheck(fixture, outfile, variant) {
  const args = [path.join(benchDir, 'check.mjs'), path.join(fixture.dir, 'fixture.json'), outfile];
  if (variant.sourcemap) args.push('--sourcemap');
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300000, maxBuffer: 64 * 1048576 });
  const last = (r.stdout || '').trim().split('\n').pop();
  try {
    const v = JSON.parse(last);
    if (typeof v.ok === 'boolean') return v;
  } catch {
    // fall through
  }
  const why = r.error ? r.error.message : `exit ${r.status ?? r.signal}`;
  return { ok: false, detail: `the check crashed (${why}): ${(r.stderr || '').trim().split('\n').slice(0, 2).join(' / ')}` };
}

/** Decide a bundler's status for one fixture and variant from its runs, then check the bundle. */
function judge(bundler, fixture, variant, runs) {
  const res = { fixture: fixture.name, variant: variant.name, bundler: bundler.name, runs };
  const bad = runs.find((r) => r.timedOut || r.exit !== 0 || r.signal);
  if (bad) {
    res.ok = false;
    if (bad.timedOut) res.status = `FAILED (timeout after ${config.timeoutSeconds} s)`;
    else if (bad.signal) res.status = `FAILED (signal ${bad.signal})`;
    else if (bundler.name === 'bale' && /not built yet/.test(bad.stderr)) res.status = `not built (exit ${bad.exit})`;
    else res.status = `FAILED (exit ${bad.exit})`;
    res.detail = bad.stderr;
  } else if (runs.some((r) => r.outBytes == null)) {
    res.ok = false;
    res.status = 'FAILED (no output)';
    res.detail = 'exited 0 without writing the output file';
  } else {
    const last = runs[runs.length - 1];
    const check = runCheck(fixture, last.outfile, variant);
    res.check = check;
    res.ok = check.ok;
    res.status = check.ok ? 'ok' : 'FAILED (check)';
    res.detail = check.detail;
    if (new Set(runs.map((r) => r.outSha)).size > 1) res.note = 'output differed between runs (non-deterministic bundle)';
  }
  res.wall = summary(runs.map((r) => r.wall));
  res.cpu = summary(runs.map((r) => r.cpu));
  res.rss = summary(runs.map((r) => r.rss));
  const last = runs[runs.length - 1];
  res.outBytes = last ? last.outBytes : null;
  res.mapBytes = last ? last.mapBytes : null;
  if (bundler.name === 'bale') {
    const mems = runs.map((r) => r.mem).filter(Boolean);
    if (mems.length) {
      const peak = summary(mems.map((m) => m.peakBytes));
      // The run at the median peak supplies the stage and component shown.
      const mid = [...runs].filter((r) => r.mem).sort((a, b) => a.mem.peakBytes - b.mem.peakBytes)[(mems.length - 1) >> 1];
      res.heap = { peak, stage: mid.mem.stage, topComponent: mid.mem.topComponent, topShare: mid.mem.topShare, run: mid.run, report: mid.memReport };
    }
  }
  return res;
}

function progressLine(fixture, variant, results) {
  const parts = results.map((r) => {
    if (!r.ok) return `${r.bundler} ${r.status}`;
    let s = `${r.bundler} ${fmtSeconds(r.wall.median)} ${fmtBytes(r.rss.median)}`;
    if (r.heap) s += ` (heap ${fmtBytes(r.heap.peak.median)})`;
    return s;
  });
  return `bench: ${fixture.name} ${variant.name}: ${parts.join(' · ')}`;
}

function addRatios(results) {
  const bale = results.find((r) => r.bundler === 'bale');
  if (!bale || !bale.ok) return;
  bale.ratios = {};
  for (const peer of results) {
    if (peer.bundler === 'bale' || !peer.ok) continue;
    bale.ratios[peer.bundler] = {
      wall: pairedRatios(bale.runs.map((r) => r.wall), peer.runs.map((r) => r.wall)),
      cpu: pairedRatios(bale.runs.map((r) => r.cpu), peer.runs.map((r) => r.cpu)),
      rss: pairedRatios(bale.runs.map((r) => r.rss), peer.runs.map((r) => r.rss)),
    };
  }
}

function writeCharts(data) {
  const find = (f, v, b) => data.results.find((r) => r.fixture === f && r.variant === v && r.bundler === b);
  const common = { fixtures: data.fixtures.map((f) => f.name), variants: data.config.variants, bundlers: data.config.bundlers };
  const sub = `${data.machine.cpu}, ${data.machine.cores} cores · ${data.config.runs} runs each · ${data.date.slice(0, 10)}`;
  const cellOf = (key, inner) => (f, v, b) => {
    const r = find(f, v, b);
    if (!r) return null;
    if (!r.ok) return { ok: false, status: r.status };
    const c = { ok: true, ...r[key] };
    if (inner && r.heap) c.inner = r.heap.peak.median;
    return c;
  };
  fs.writeFileSync(path.join(resultsDir, 'time.svg'), barGrid({
    ...common, title: 'Wall time per build (lower is better)', subtitle: sub, cell: cellOf('wall', false), fmt: fmtSeconds,
  }));
  fs.writeFileSync(path.join(resultsDir, 'memory.svg'), barGrid({
    ...common, title: 'Peak memory per build: OS peak RSS (lower is better)', subtitle: sub, cell: cellOf('rss', true), fmt: fmtBytes,
    legendExtra: 'dark inner bar: bale\'s own peak heap',
  }));
  // bale's heap over time: the study's workload (three, plain) if bale built it, else its
  // first successful build in table order.
  const baleOk = data.results.filter((r) => r.bundler === 'bale' && r.ok && r.heap && r.heap.report);
  const pick = baleOk.find((r) => r.fixture === 'three' && r.variant === 'plain') || baleOk[0];
  let chart;
  if (pick) {
    const saved = data.heapTimeline && data.heapTimeline.fixture === pick.fixture && data.heapTimeline.variant === pick.variant ? data.heapTimeline.report : null;
    const report = saved || JSON.parse(fs.readFileSync(pick.heap.report, 'utf8'));
    chart = heapTimeline({ title: 'bale heap over time, by stage', build: { label: `${pick.fixture}, ${pick.variant}, ${pick.heap.run.replace('run', 'run ')} of ${data.config.runs} (the one with the median peak) · ${sub}`, report } });
    data.heapTimeline = { fixture: pick.fixture, variant: pick.variant, run: pick.heap.run, report };
  } else {
    const baleRes = data.results.filter((r) => r.bundler === 'bale');
    const shown = baleRes.find((r) => r.fixture === 'three' && r.variant === 'plain') || baleRes[0];
    const why = !shown ? 'bale was not part of this run'
      : `no bale build succeeded in this run (${shown.fixture}, ${shown.variant}: ${shown.status})`;
    chart = heapTimeline({ title: 'bale heap over time, by stage', build: null, message: `Nothing to draw yet: ${why}.` });
  }
  fs.writeFileSync(path.join(resultsDir, 'heap-timeline.svg'), chart);
}

function refreshReadme(data) {
  const file = path.join(benchDir, 'README.md');
  if (process.env.BENCH_README === '0' || !fs.existsSync(file)) return;
  const begin = '<!-- bench:results:begin -->';
  const end = '<!-- bench:results:end -->';
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return;
  const section = `${begin}\n${headerLines(data).join('\n')}\n\n${summaryTable(data)}\nFull tables: [results/latest.md](results/latest.md).\n\n`
    + '![wall time](results/time.svg)\n\n![peak memory](results/memory.svg)\n\n![bale heap over time](results/heap-timeline.svg)\n';
  fs.writeFileSync(file, text.slice(0, a) + section + text.slice(b));
}

async function main() {
  const started = Date.now();
  if (!fs.existsSync(measureBinary())) throw new Error(`${measureBinary()} is missing: run bench/setup.sh first`);
  const fixtures = ensureFixtures(config.fixtures);
  const bundlers = BUNDLERS.filter((b) => config.bundlers.includes(b.name));
  const variants = VARIANTS.filter((v) => config.variants.includes(v.name));
  const versions = {};
  for (const b of bundlers) versions[b.name] = b.available() ? b.version() : null;
  const data = {
    version: 1,
    date: new Date().toISOString(),
    machine: machineInfo(),
    commit: gitDescribe(repoRoot),
    load: { start: loadAverage(), end: null },
    config: { ...config, variants: variants.map((v) => v.name), bundlers: bundlers.map((b) => b.name) },
    versions,
    fixtures: fixtures.map((f) => ({ name: f.name, about: f.about, inputs: f.inputs, entry: f.entry, sourceModules: f.sourceModules, stats: f.stats })),
    bundlerInfo: bundlers.map((b) => ({
      name: b.name,
      version: versions[b.name],
      how: b.how,
      example: b.command({ entry: 'ENTRY', outfile: 'OUT.mjs', tsconfig: null, variant: VARIANTS[3], memReport: 'REPORT.json' })
        .map((a) => path.relative(repoRoot, a).startsWith('..') || !path.isAbsolute(a) ? a : path.relative(repoRoot, a)).join(' '),
    })),
    results: [],
  };
  const count = (k, word) => `${k} ${word}${k === 1 ? '' : 's'}`;
  console.log(`bench: ${count(fixtures.length, 'fixture')} × ${count(variants.length, 'variant')} × ${count(bundlers.length, 'bundler')}, ${count(config.runs, 'run')} each (+${config.warmup} warm-up)`);
  for (const b of bundlers) {
    if (!b.available()) console.log(`bench: ${b.name} is not available (${b.name === 'bale' ? 'build it, or set BALE' : 'run bench/setup.sh'}); its rows say so`);
  }
  for (const fixture of fixtures) {
    for (const variant of variants) {
      const live = bundlers.filter((b) => b.available());
      for (let w = 0; w < config.warmup; w++) {
        for (const b of live) await runOnce(b, fixture, variant, `warmup${w + 1}`);
      }
      const runs = new Map(live.map((b) => [b.name, []]));
      for (let i = 0; i < config.runs; i++) {
        for (const b of live) runs.get(b.name).push(await runOnce(b, fixture, variant, `run${i + 1}`));
      }
      const group = bundlers.map((b) => (b.available()
        ? judge(b, fixture, variant, runs.get(b.name))
        : { fixture: fixture.name, variant: variant.name, bundler: b.name, runs: [], ok: false, status: 'missing', detail: b.name === 'bale' ? 'no bale binary (make build/bale, or set BALE)' : 'not installed (bench/setup.sh)' }));
      addRatios(group);
      console.log(progressLine(fixture, variant, group));
      data.results.push(...group);
    }
  }
  data.load.end = loadAverage();
  data.elapsedSeconds = (Date.now() - started) / 1000;
  writeOutputs(data);
}

// The parser section bench/parser.mjs wrote into latest.md, kept across a rewrite.
function parserSection() {
  const file = path.join(resultsDir, 'latest.md');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const a = text.indexOf('<!-- parser:begin -->');
  const b = text.indexOf('<!-- parser:end -->');
  return a >= 0 && b > a ? `\n${text.slice(a, b)}<!-- parser:end -->\n` : '';
}

function writeOutputs(data) {
  fs.mkdirSync(resultsDir, { recursive: true });
  writeCharts(data);
  fs.writeFileSync(path.join(resultsDir, 'latest.md'), markdown(data) + parserSection());
  fs.writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(data, null, 1)}\n`);
  refreshReadme(data);
  const rel = path.relative(process.cwd(), resultsDir) || '.';
  console.log(`bench: wrote ${rel}/latest.md, latest.json, time.svg, memory.svg, heap-timeline.svg (the run took ${fmtSeconds(data.elapsedSeconds)})`);
}

// --render: rewrite the tables and charts from results/latest.json without running anything
// (for working on the report itself).
async function render() {
  const data = JSON.parse(fs.readFileSync(path.join(resultsDir, 'latest.json'), 'utf8'));
  config = data.config;
  writeOutputs(data);
}

(process.argv.includes('--render') ? render() : main()).catch((err) => {
  console.error(`bench: ${err.stack || err.message}`);
  process.exit(2);
});
