#!/usr/bin/env node
// parser.mjs: the parser and printer alone, beside esbuild and oxc-parser, on large single
// files (`make bench-parser`, or `bench/run.sh parser` with BALE and PARSE_BENCH set). One
// thread everywhere. Three measurements per file:
//
//   in-process parse   bale's parse_program (bench/parse_bench.c, a timer around the call)
//                      beside oxc-parser's parseSync in this node process. oxc's time includes
//                      handing its AST to JavaScript, which is how its users get it.
//   in-process print   bale's printer alone, and bale parse + print beside esbuild's
//                      transformSync (parse + print in esbuild's service, plus the IPC).
//   whole process      `bale FILE --threads=1` beside the `esbuild FILE` command, both
//                      printing to /dev/null, GOMAXPROCS=1 for esbuild: what a user waits for.
//
// Also bale's AST size: bytes its arena holds after the parse (nodes, lists, scopes, symbols,
// and what growing vectors left behind) per source byte, and the live part of it.
// Writes bench/results/parser.{md,json} and the parser section of bench/results/latest.md.
//
// Environment: BENCH_PARSER_RUNS (default 10: in-process calls, about; whole processes: half),
// BENCH_PARSER_FILES=a,b (names from FILES below).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

import { benchDir, cacheDir, esbuildBinary, measureBinary, modulePath, packageVersion, repoRoot } from './lib/paths.mjs';
import { median } from './lib/stats.mjs';
import { gitDescribe, loadAverage, machineInfo } from './lib/sysinfo.mjs';

const testsModules = path.join(repoRoot, 'tests', 'node_modules');
const FILES = [
  { name: 'typescript.js', file: path.join(testsModules, 'typescript', 'lib', 'typescript.js') },
  // Its only `export` is its last statement, so detecting its module goal is part of the test.
  { name: 'three.module.js', file: modulePath('three', 'build', 'three.module.js') },
  { name: 'react-dom-client.development.js',
    file: path.join(testsModules, 'react-dom', 'cjs', 'react-dom-client.development.js') },
];

const runs = Number(process.env.BENCH_PARSER_RUNS) || 10;
const processRuns = Math.max(3, runs >> 1);
const wanted = process.env.BENCH_PARSER_FILES?.split(',');
const bale = path.resolve(process.env.BALE || path.join(repoRoot, 'build', 'bale'));
const parseBench = path.resolve(process.env.PARSE_BENCH || path.join(repoRoot, 'build', 'bench', 'parse_bench'));
const MB = 1e6;

process.env.GOMAXPROCS = '1'; // esbuild's service and CLI, spawned from here, use one thread
const require = createRequire(path.join(cacheDir(), 'package.json'));
const oxc = require('oxc-parser');
const esbuild = require('esbuild');

// Least milliseconds of fn over `n` calls: on a shared machine the least disturbed call is the
// best estimate of the work itself.
function leastMs(fn, n) {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function baleInProcess(file, n, sourceType = 'auto') {
  const r = spawnSync(parseBench, [file, String(n), sourceType], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`parse_bench failed on ${file}: ${r.stderr}`);
  const j = JSON.parse(r.stdout);
  const live = j.nodes * 20 + j.list_words * 4 + j.scopes * 16 + j.symbols * 24;
  return { parseMs: Math.min(...j.parse_ms), printMs: Math.min(...j.print_ms), astBytes: j.ast_bytes,
    liveBytes: live, nodes: j.nodes };
}

// In-process timings, interleaved so that changes in the machine's load hit every tool alike:
// `rounds` rounds of (bale, oxc, esbuild), each taking the least of `per` calls; the result is
// the median over rounds. Two untimed calls of each peer first.
function inProcess({ name, file, sourceType }, code) {
  const oxcCall = () => oxc.parseSync(name, code);
  const esbuildCall = () => esbuild.transformSync(code, { loader: 'js' });
  leastMs(oxcCall, 2);
  leastMs(esbuildCall, 2);
  const per = 3;
  const rounds = Math.max(3, Math.round(runs / per));
  const got = { parse: [], print: [], oxc: [], esbuild: [] };
  let bale;
  for (let i = 0; i < rounds; i++) {
    bale = baleInProcess(file, per + 1, sourceType); // its first run warms the arena
    got.parse.push(bale.parseMs);
    got.print.push(bale.printMs);
    got.oxc.push(leastMs(oxcCall, per));
    got.esbuild.push(leastMs(esbuildCall, per));
  }
  return { bale: { ...bale, parseMs: median(got.parse), printMs: median(got.print) },
    oxcMs: median(got.oxc), esbuildMs: median(got.esbuild) };
}

// One whole process under bench/.cache/bin/measure: {wallMs, rssKb}.
function measured(cmd, args) {
  const out = path.join(os.tmpdir(), `bale-parser-bench-${process.pid}.json`);
  const r = spawnSync(measureBinary(), [out, '--', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  const j = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out, { force: true });
  if (j.exit !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${j.exit}`);
  return { wallMs: j.wall_us / 1000, rssKb: j.maxrss_kb };
}

// bale and esbuild alternating run by run, after one warm-up each.
function wholeProcess({ file, sourceType }) {
  const cmds = {
    bale: [bale, [file, '--threads=1', ...(sourceType ? [`--source-type=${sourceType}`] : [])]],
    esbuild: [esbuildBinary(), [file, '--log-level=warning']],
  };
  const res = { bale: [], esbuild: [] };
  for (const [cmd, args] of Object.values(cmds)) measured(cmd, args);
  for (let i = 0; i < processRuns; i++) {
    for (const [k, [cmd, args]] of Object.entries(cmds)) res[k].push(measured(cmd, args));
  }
  const med = (xs, f) => median(xs.map(f));
  return Object.fromEntries(Object.entries(res).map(([k, xs]) =>
    [k, { wallMs: med(xs, (x) => x.wallMs), rssKb: med(xs, (x) => x.rssKb) }]));
}

function benchFile(f) {
  const code = fs.readFileSync(f.file, 'utf8');
  const bytes = fs.statSync(f.file).size;
  const { bale: b, oxcMs, esbuildMs } = inProcess(f, code);
  const proc = wholeProcess(f);
  return { name: f.name, bytes, bale: b, oxcMs, esbuildMs, proc };
}

const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
const f1 = (x) => x.toFixed(x < 10 ? 2 : 0);
const ratio = (x) => `${x.toFixed(2)}×`;

function markdown(data) {
  const lines = [
    '## Parser and printer (`make bench-parser`)',
    '',
    `Measured ${data.date} on ${data.machine.cpu} (${data.machine.cores} cores), node ${data.machine.node}; ` +
      `bale ${data.commit ?? ''}, esbuild ${data.versions.esbuild}, oxc-parser ${data.versions.oxc}. One thread ` +
      `everywhere; in-process: the median over ${Math.max(3, Math.round(runs / 3))} interleaved rounds of the ` +
      `least of 3 calls each; whole processes: the median of ${processRuns} runs, alternating; load average ` +
      `${data.load.join(' ')} at the start.`,
    '',
    'Throughput in MB/s of source (higher is better); a ratio above 1× means bale is faster.',
    '',
    '| file | size | bale parse | oxc-parser parseSync | bale ÷ oxc | bale print | bale parse+print | esbuild transformSync | bale ÷ esbuild |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of data.results) {
    const bp = mbps(r.bytes, r.bale.parseMs);
    const both = mbps(r.bytes, r.bale.parseMs + r.bale.printMs);
    const ox = mbps(r.bytes, r.oxcMs);
    const es = mbps(r.bytes, r.esbuildMs);
    lines.push(`| ${r.name} | ${(r.bytes / MB).toFixed(2)} MB | ${f1(bp)} | ${f1(ox)} | ${ratio(bp / ox)} | ` +
      `${f1(mbps(r.bytes, r.bale.printMs))} | ${f1(both)} | ${f1(es)} | ${ratio(both / es)} |`);
  }
  lines.push('', 'Whole process, one file printed to /dev/null (wall time median; peak RSS):', '',
    '| file | bale | esbuild | bale ÷ esbuild (speed) | bale AST bytes / source byte (live) |',
    '|---|--:|--:|--:|--:|');
  for (const r of data.results) {
    const p = r.proc;
    lines.push(`| ${r.name} | ${p.bale.wallMs.toFixed(0)} ms · ${(p.bale.rssKb / 1024).toFixed(0)} MiB | ` +
      `${p.esbuild.wallMs.toFixed(0)} ms · ${(p.esbuild.rssKb / 1024).toFixed(0)} MiB | ` +
      `${ratio(p.esbuild.wallMs / p.bale.wallMs)} | ${(r.bale.astBytes / r.bytes).toFixed(2)} ` +
      `(${(r.bale.liveBytes / r.bytes).toFixed(2)}) |`);
  }
  lines.push('', 'oxc-parser\'s time includes turning its AST into JavaScript objects; esbuild\'s ' +
    'transformSync includes the round trip to its service process. *AST bytes*: what bale\'s arena ' +
    'holds after the parse (nodes, lists, scopes, symbols, and the old copies growing vectors left ' +
    'behind, reserved room and the parse-time declaration hash); *live*: the nodes (20 B), list words ' +
    '(4 B), scopes (16 B) and symbols (24 B) in use.', '');
  return lines.join('\n');
}

// Replaces (or appends) the parser section of latest.md, which run.mjs keeps when it rewrites.
function updateLatest(section) {
  const file = path.join(benchDir, 'results', 'latest.md');
  const begin = '<!-- parser:begin -->';
  const end = '<!-- parser:end -->';
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# bale benchmark: latest results\n';
  const block = `${begin}\n${section}${end}\n`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  const next = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length + 1)
    : `${text.replace(/\n*$/, '\n\n')}${block}`;
  fs.writeFileSync(file, next);
}

const files = FILES.filter((f) => !wanted || wanted.includes(f.name));
for (const f of files) {
  if (!fs.existsSync(f.file)) throw new Error(`${f.file} is missing (make test-deps installs tests/node_modules)`);
}
for (const bin of [bale, parseBench]) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run make bench-parser`);
}
const data = {
  date: new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
  machine: machineInfo(),
  load: loadAverage(),
  commit: gitDescribe(repoRoot),
  versions: { esbuild: packageVersion('esbuild'), oxc: packageVersion('oxc-parser') },
  results: [],
};
for (const f of files) {
  console.log(`bench parser: ${f.name}`);
  data.results.push(benchFile(f));
}
esbuild.stop?.();
const md = markdown(data);
const resultsDir = path.join(benchDir, 'results');
fs.writeFileSync(path.join(resultsDir, 'parser.md'), `# bale benchmark: parser and printer\n\n${md.replace(/^## .*\n\n/, '')}`);
fs.writeFileSync(path.join(resultsDir, 'parser.json'), `${JSON.stringify(data, null, 1)}\n`);
updateLatest(md);
console.log(md);
