// Executed round trip: programs printed by bale must still behave exactly like the originals.
// For each of readable and --minify-whitespace output (`bale FILE --outfile=OUT`, source type
// detected by bale itself):
//
//   typescript  lib/typescript.js, printed, compiles fixtures/ts-project/ to exactly what the
//               original compiles it to: ts.transpileModule of every file under three option
//               sets, and a full createProgram + emit (JavaScript, declarations, source maps)
//               under two option sets, with every diagnostic's formatted text.
//   acorn       dist/acorn.js (required) and dist/acorn.mjs (imported), printed, parse the same
//               inputs to the same AST JSON (locations, ranges, comments) as the original:
//               fixtures/sample-input.js, acorn's own source, lodash.js and every
//               test262-parser-tests pass/ file; and throw the same errors (message and
//               position) on every fail/ file.
//   terser      dist/bundle.min.js, printed, minifies fixtures/sample-input.js, underscore's UMD
//               build and acorn.mjs to the same code and source map as the original, under two
//               option sets.
//
// Printed files are written to a temp dir holding a node_modules link to tests/node_modules,
// so their own require() calls (terser needs @jridgewell/source-map) resolve as before. Each
// workload runs in a worker thread (executed-worker.mjs) that is stopped after a time limit, so
// printed code that loops forever fails its test instead of hanging the run.
//
//   BALE=$PWD/build/bale node --test --test-reporter=spec tests/roundtrip/executed.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { Worker } from 'node:worker_threads';

import { baleBinary, failure, firstLineDiff, nodeModules, runBale, sanitized, smokeCheck } from './bale-run.mjs';

const bale = baleBinary();
const notWorking = smokeCheck(bale);

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bale-executed-'));
fs.symlinkSync(nodeModules, path.join(outDir, 'node_modules'), 'dir');
process.on('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));

const modes = [['readable', []], ['minified', ['--minify-whitespace']]];
// One workload (the original's or a printed copy's); the original typescript one takes ~5 s, acorn ~3 s.
const workloadTimeoutMs = sanitized ? 1_200_000 : 60_000;

// Prints `rel` (under tests/node_modules) with bale into the temp dir; returns the new path.
async function printed(rel, mode, flags) {
    if (notWorking) throw failure(notWorking, bale);
    const src = path.join(nodeModules, rel);
    const dir = path.join(outDir, mode);
    fs.mkdirSync(dir, { recursive: true });
    const out = path.join(dir, path.basename(rel));
    const r = await runBale(bale, [...flags, `--outfile=${out}`, src]);
    if (r.kind !== 'accepted') throw failure(`bale ${flags.join(' ')} ${rel}: ${r.kind}: ${r.message}`, src);
    if (r.stdout !== '') throw failure(`bale --outfile=… ${rel} also wrote ${r.stdout.length} characters to stdout`, src);
    if (!fs.existsSync(out)) throw failure(`bale --outfile=${out} exited 0 but wrote no file`, src);
    return out;
}

// Fails with the first difference between two maps of name -> text.
function sameOutputs(what, expected, actual) {
    const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    const differ = names.filter((n) => expected[n] !== actual[n]);
    if (differ.length === 0) return;
    const n = differ[0];
    const detail = expected[n] === undefined ? 'only from the printed copy'
        : actual[n] === undefined ? 'only from the original'
            : firstLineDiff(expected[n], actual[n]).replace(/first :/, 'original:').replace(/second:/, 'printed :');
    throw failure(`${what}: ${differ.length} of ${names.length} outputs differ; first: ${n}, ${detail}`,
        differ.slice(0, 5).join(', '));
}

// Runs a workload in a worker thread; rejects when it throws or runs longer than the limit.
function runWorkload(kind, file) {
    return new Promise((resolve, reject) => {
        const worker = new Worker(new URL('./executed-worker.mjs', import.meta.url), {
            workerData: { kind, file }, resourceLimits: { maxOldGenerationSizeMb: 8192 },
        });
        const timer = setTimeout(() => {
            worker.terminate();
            reject(failure(`${kind} workload did not finish in ${workloadTimeoutMs / 1000} s (a hang in the printed code?)`, file));
        }, workloadTimeoutMs);
        worker.once('message', (m) => {
            clearTimeout(timer);
            worker.terminate();
            if (m.error) reject(failure(`${kind} workload failed: ${m.error}`, file));
            else resolve(m.outputs);
        });
        worker.once('error', (e) => {
            clearTimeout(timer);
            reject(failure(`${kind} workload died: ${e.stack}`, file));
        });
    });
}

const expected = new Map(); // kind -> promise of the original's outputs
function original(kind, rel) {
    if (!expected.has(kind)) expected.set(kind, runWorkload(kind, path.join(nodeModules, rel)));
    return expected.get(kind);
}

const programs = [
    ['typescript', 'typescript/lib/typescript.js', 'compiles the sample project'],
    ['acorn', 'acorn/dist/acorn.js', 'parses'],
    ['acorn', 'acorn/dist/acorn.mjs', 'parses'],
    ['terser', 'terser/dist/bundle.min.js', 'minifies'],
];
for (const [kind, rel, does] of programs) {
    for (const [mode, flags] of modes) {
        test(`executed: printed ${rel} (${mode}) ${does} like the original`, async (t) => {
            const file = await printed(rel, mode, flags);
            const want = await original(kind, kind === 'acorn' ? 'acorn/dist/acorn.js' : rel);
            if (kind === 'typescript') {
                assert.match(want['program0/diagnostics'], /TS2322/, 'the sample project must keep its deliberate error');
            }
            const got = await runWorkload(kind, file);
            sameOutputs(`${rel} (${mode})`, want, got);
            t.diagnostic(`${Object.keys(got).length} outputs identical`);
        });
    }
}
