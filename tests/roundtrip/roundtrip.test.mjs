// Round trip on real code: for every .js/.mjs/.cjs file of the packages in packages.mjs (and the
// test262-parser-tests pass/ files), in both readable and --minify-whitespace mode:
//
//   1. bale prints it:           bale [--minify-whitespace] --source-type=T FILE  → exit 0, text P
//   2. P parses again and printing is idempotent:
//                                bale [same flags] P → exit 0 and exactly P again
//   3. acorn's AST of FILE and of P are equal apart from positions and parentheses (the rules
//      are in ast-compare.mjs: literal spelling is free, values are not; template raw strings,
//      names, operators, flags, regex pattern and flags, BigInt values, directives are kept)
//   4. a hashbang line survives as the first line
// Also reported, without failing: how many legal comments (/*! */, //!, @license, @preserve) of
// the sources are missing from the output (compared with all whitespace removed).
//
// T is the source type acorn accepts the file as: .mjs module, .cjs script, .js a script when it
// parses as one, else a module (= bale's own rule: ESM syntax makes a module); it is passed
// explicitly so that bale and acorn agree. Files acorn rejects are excluded and counted.
//
// One node test per package; a failing test lists its first failures (file, mode, kind, the
// first AST difference with an excerpt of both texts) and writes all of them to a file in the
// temp dir. Files run in parallel in BALE_TEST_JOBS worker processes (worker.mjs; default: the
// number of CPUs), each running its bale processes one at a time. If bale cannot print `let a = 1;` at
// all, every test fails at once with bale's message.
//
//   BALE=$PWD/build/bale node --test --test-reporter=spec tests/roundtrip/roundtrip.test.mjs
//   (ROUNDTRIP_ONLY=three,lodash limits the run to some packages, for debugging)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { baleBinary, concurrency, failure, nodeModules, smokeCheck } from './bale-run.mjs';
import { packageFiles, packages } from './packages.mjs';

const bale = baleBinary();
const notWorking = smokeCheck(bale);
const only = process.env.ROUNDTRIP_ONLY ? new Set(process.env.ROUNDTRIP_ONLY.split(',')) : undefined;
const chosen = packages.filter((p) => !only || only.has(p.name));
const shown = 10;

// Every file of every package, queued in package order; each package gets a promise of its
// results. Nothing runs when bale cannot print at all.
const queue = [];
const waiting = new Map(); // task id -> resolve
for (const pkg of chosen) {
    const files = notWorking ? [] : packageFiles(pkg);
    pkg.results = Promise.all(files.map(({ file, rel }) => new Promise((resolve) => {
        const id = queue.length;
        queue.push({ id, file, rel, sourceType: pkg.sourceType?.(rel) });
        waiting.set(id, resolve);
    })));
}

const started = performance.now();
if (queue.length) {
    let next = 0;
    const workerFile = fileURLToPath(new URL('./worker.mjs', import.meta.url));
    const startWorker = () => {
        const worker = fork(workerFile, [], {
            env: { ...process.env, BALE: bale },
            execArgv: ['--max-old-space-size=4096', '--stack-size=4000'],
            serialization: 'advanced',
            stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        });
        let current;
        const feed = () => {
            current = next < queue.length ? next++ : undefined;
            worker.send(current === undefined ? null : queue[current]);
        };
        worker.on('message', ({ id, result }) => {
            waiting.get(id)(result);
            waiting.delete(id);
            feed();
        });
        worker.on('exit', (code, signal) => {
            // A worker that dies (out of memory, a bug here) fails the file it had, and a new
            // one takes its place for the rest of the queue.
            if (current === undefined || !waiting.has(current)) return;
            console.error(`roundtrip worker died (exit ${code}, signal ${signal}) on ${queue[current].rel}`);
            waiting.get(current)({ rel: queue[current].rel, ms: 0,
                failures: [{ mode: '-', kind: 'harness error', detail: `worker died: exit ${code}, signal ${signal}` }] });
            waiting.delete(current);
            if (next < queue.length) startWorker();
        });
        feed();
    };
    for (let w = 0; w < Math.min(concurrency, queue.length); w++) startWorker();
}

for (const pkg of chosen) {
    const label = pkg.label ?? pkg.name;
    test(`round trip: ${label}`, async (t) => {
        if (notWorking) throw failure(notWorking, bale);
        const t0 = performance.now();
        const results = await pkg.results;
        const excluded = results.filter((r) => r.excluded);
        const checked = results.filter((r) => !r.excluded);
        const failed = checked.filter((r) => r.failures.length);
        const bytes = checked.reduce((n, r) => n + r.bytes, 0);
        const cpu = results.reduce((n, r) => n + r.ms, 0);
        t.diagnostic(`${checked.length} files (${(bytes / 1e6).toFixed(1)} MB) checked, ${failed.length} failed, ` +
            `${excluded.length} excluded; ${(cpu / 1000).toFixed(1)} s in workers, waited ` +
            `${((performance.now() - t0) / 1000).toFixed(1)} s`);
        if (excluded.length) {
            t.diagnostic(`excluded (acorn rejects them): ${excluded.slice(0, 5).map((r) => `${r.rel} (${r.excluded})`).join('; ')}` +
                `${excluded.length > 5 ? `; … ${excluded.length - 5} more` : ''}`);
        }
        const legal = checked.reduce((n, r) => n + (r.legal ?? 0), 0);
        if (legal) {
            const lost = (mode) => checked.reduce((n, r) => n + (r.legalLost?.[mode] ?? 0), 0);
            t.diagnostic(`legal comments (/*! */, @license, @preserve): ${legal} in the sources; not found in the ` +
                `output: ${lost('readable')} readable, ${lost('minified')} minified (reported, not checked)`);
        }
        if (checked.length === 0) throw failure(`no file of ${label} could be checked`, path.join(nodeModules, pkg.name));
        const file = path.join(os.tmpdir(), `bale-roundtrip-${label.replace(/[^a-z0-9]+/gi, '-')}.txt`);
        if (!failed.length) {
            fs.rmSync(file, { force: true }); // a report of an earlier run
            return;
        }
        const lines = [];
        const kinds = new Map();
        for (const r of failed) {
            for (const f of r.failures) {
                const k = `${f.mode} ${f.kind}`;
                kinds.set(k, (kinds.get(k) ?? 0) + 1);
                lines.push(`${r.rel} [${f.mode}, ${r.type ?? '?'}] ${f.kind}: ${f.detail}`);
            }
        }
        fs.writeFileSync(file, `${lines.join('\n')}\n`);
        const byKind = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(', ');
        const firstPerFile = failed.slice(0, shown).map((r) => {
            const f = r.failures[0];
            const more = r.failures.length > 1 ? ` (+${r.failures.length - 1} more)` : '';
            return `  ${r.rel} [${f.mode}, ${r.type}] ${f.kind}${more}: ${f.detail}`;
        });
        throw failure(`${label}: ${failed.length} of ${checked.length} files failed (${byKind})\n` +
            `${firstPerFile.join('\n')}${failed.length > shown ? `\n  … and ${failed.length - shown} more files` : ''}\n` +
            `  full list: ${file}`, path.join(nodeModules, pkg.name));
    });
}

test('round trip: summary', async (t) => {
    if (notWorking) throw failure(notWorking, bale);
    const all = (await Promise.all(chosen.map((p) => p.results))).flat();
    const checked = all.filter((r) => !r.excluded);
    t.diagnostic(`${checked.length} files, ${(checked.reduce((n, r) => n + r.bytes, 0) / 1e6).toFixed(1)} MB, ` +
        `${all.length - checked.length} excluded, ${concurrency} workers, ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`);
    const slowest = [...checked].sort((a, b) => b.ms - a.ms).slice(0, 3);
    t.diagnostic(`slowest: ${slowest.map((r) => `${r.rel} ${(r.ms / 1000).toFixed(1)} s`).join(', ')}`);
});
