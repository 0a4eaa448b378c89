// three.js r108 (three@0.108.0, 370 modules of ES module sources) bundled from
// `export * from 'three-108/src/Three.js'` in esm and iife: the same exercise script, run on
// the bundle's namespace and on the unbundled sources, must print the same.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

import { baleBinary, lineDiff, tempDir } from '../e2e/util.mjs';
import { exercise } from './three/exercise.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'three');
const bale = baleBinary();

// The sources are .js files in a package without "type": "module": node reads them as ES
// modules only when told to detect the syntax.
function unbundled() {
    const script = `import * as T from 'three-108/src/Three.js';
import { exercise } from ${JSON.stringify(pathToFileURL(path.join(dir, 'exercise.mjs')).href)};
console.log(exercise(T));`;
    const r = spawnSync(process.execPath, ['--experimental-detect-module', '--no-warnings',
        '--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trimEnd();
}

function bundle(format, out) {
    const outfile = path.join(out, format === 'esm' ? 'three.mjs' : 'three.js');
    const r = spawnSync(bale, ['entry.mjs', '--bundle', `--format=${format}`, '--global-name=THREE',
        `--outfile=${outfile}`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return outfile;
}

const expected = unbundled();

test('three.js r108 as an esm bundle', async () => {
    const out = tempDir('bale-three-');
    try {
        const ns = await import(pathToFileURL(bundle('esm', out)).href);
        const got = exercise(ns);
        assert.ok(got === expected, lineDiff(expected, got));
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
});

test('three.js r108 as an iife bundle with --global-name', () => {
    const out = tempDir('bale-three-');
    try {
        const context = vm.createContext({ console });
        vm.runInContext(fs.readFileSync(bundle('iife', out), 'utf8'), context);
        const got = exercise(context.THREE);
        assert.ok(got === expected, lineDiff(expected, got));
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
});

// No syntax tree outlives scan: --mem-report=json shows the heap by component when each stage
// began, and the ast and source components are empty when link and generate begin.
test('no AST or source text is alive between scan and generate', () => {
    const out = tempDir('bale-three-');
    try {
        const report = path.join(out, 'mem.json');
        const r = spawnSync(bale, ['entry.mjs', '--bundle', `--outfile=${path.join(out, 'three.js')}`,
            `--mem-report-file=${report}`, '--log-level=warning'], { cwd: dir, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        const { stage_start: start } = JSON.parse(fs.readFileSync(report, 'utf8'));
        for (const stage of ['link', 'generate']) {
            assert.equal(start[stage].ast, 0, `ast bytes when ${stage} began`);
            assert.equal(start[stage].source, 0, `source bytes when ${stage} began`);
        }
        assert.ok(start.link.summary > 0, 'the summaries are what link works from');
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
});

// The same input gives byte-identical output at any thread count.
test('three.js bundles are byte-identical with --threads=1, 2 and 8', () => {
    const out = tempDir('bale-three-');
    try {
        const bundles = [1, 2, 8].map((threads) => {
            const outfile = path.join(out, `three-${threads}.js`);
            const r = spawnSync(bale, ['entry.mjs', '--bundle', `--threads=${threads}`, `--outfile=${outfile}`,
                '--log-level=warning'], { cwd: dir, encoding: 'utf8' });
            assert.equal(r.status, 0, r.stderr);
            return fs.readFileSync(outfile);
        });
        assert.ok(bundles[0].equals(bundles[1]) && bundles[0].equals(bundles[2]));
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
});
