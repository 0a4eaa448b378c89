// TypeScript transform throughput, bale beside esbuild, on the TypeScript sources that rxjs,
// zod and mobx publish (tests/node_modules, installed by `make test-deps`). Each tool gets the
// same files already in memory and turns each into JavaScript on one thread: bale through
// `ts_print --bench` (parse + print, as `bale file.ts` will), esbuild through its
// `transformSync` with loader ts (in-process, so no process start-up is counted on either side).
// Best of BENCH_TS_RUNS runs (default 5). Prints a table; never fails a build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const tsPrint = process.env.TS_PRINT || path.join(root, 'build/release/ts_print');
const runs = Number(process.env.BENCH_TS_RUNS) || 5;

function walk(dir, out) {
    if (!fs.existsSync(dir)) return out;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p, out);
        else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(p);
    }
    return out;
}

const files = ['rxjs', 'zod', 'mobx'].flatMap((p) => walk(path.join(root, 'tests/node_modules', p), []));
if (files.length === 0) {
    console.log('bench-ts: no TypeScript sources (run make test-deps first)');
    process.exit(0);
}
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);

let baleBest = Infinity;
for (let i = 0; i < runs; i++) {
    const out = execFileSync(tsPrint, ['--bench', ...files], { encoding: 'utf8' });
    baleBest = Math.min(baleBest, Number(/seconds ([\d.]+)/.exec(out)[1]));
}

let esbuildBest = Infinity;
let esbuildCliBest = Infinity;
let esbuildNote = '';
try {
    const require = createRequire(path.join(here, '.cache', 'package.json'));
    const esbuild = require('esbuild');
    const sources = files.map((f) => fs.readFileSync(f, 'utf8'));
    for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        for (const s of sources) esbuild.transformSync(s, { loader: 'ts' });
        esbuildBest = Math.min(esbuildBest, Number(process.hrtime.bigint() - t0) / 1e9);
    }
    // The command line over all files at once: one process, esbuild's own threads, output
    // written to a scratch directory.
    const bin = path.join(here, '.cache', 'node_modules', '.bin', 'esbuild');
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ts-'));
    for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        execFileSync(bin, [...files, `--outdir=${outdir}`, '--log-level=error'], { cwd: root });
        esbuildCliBest = Math.min(esbuildCliBest, Number(process.hrtime.bigint() - t0) / 1e9);
    }
    fs.rmSync(outdir, { recursive: true, force: true });
} catch (e) {
    esbuildNote = `esbuild unavailable (${e.message.split('\n')[0]}); run bench/setup.sh`;
}

const mb = bytes / 1e6;
const row = (name, s) => `${name.padEnd(8)} ${(s * 1000).toFixed(1).padStart(8)} ms ${(mb / s).toFixed(1).padStart(8)} MB/s`;
console.log(`TypeScript transform: ${files.length} files, ${mb.toFixed(2)} MB (rxjs, zod, mobx sources), best of ${runs}`);
console.log(row('bale', baleBest) + '   parse + print, one thread');
if (Number.isFinite(esbuildBest)) console.log(row('esbuild', esbuildBest) + '   transformSync per file');
if (Number.isFinite(esbuildCliBest)) console.log(row('esbuild', esbuildCliBest) + '   one `esbuild FILES --outdir` process, all cores');
if (esbuildNote) console.log(esbuildNote);
