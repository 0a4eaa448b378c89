// Large programs bundled from their own ES module sources (issue 6): each entry under large/
// drives a tool of 100+ modules (the svelte compiler from svelte/src, mathjs from lib/esm). The
// bundle, in esm and cjs, must print exactly what node prints running the unbundled sources,
// and must hold at least `min` modules, counted from the `// path` comment before each module.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import { baleBinary, lineDiff, tempDir } from '../e2e/util.mjs';
import { guarded } from './known.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'large');
const bale = baleBinary();

const programs = [
    { entry: 'svelte.mjs', min: 300 },
    { entry: 'mathjs.mjs', min: 500 },
];

function node(file) {
    const r = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function check({ entry, min }) {
    const expected = node(entry);
    assert.equal(expected.status, 0, `the unbundled program fails:\n${expected.stderr}`);
    const out = tempDir('large');
    try {
        for (const format of ['esm', 'cjs']) {
            const outfile = path.join(out, 'out' + (format === 'esm' ? '.mjs' : '.cjs'));
            const r = spawnSync(bale, [entry, '--bundle', '--platform=node', `--format=${format}`, `--outfile=${outfile}`],
                { cwd: dir, encoding: 'utf8', timeout: 120_000 });
            assert.equal(r.status, 0, `bale failed:\n${r.stderr}`);
            const text = fs.readFileSync(outfile, 'utf8');
            const modules = new Set(text.match(/^\/\/ \S+$/gm) ?? []).size;
            assert.ok(modules >= min, `${format}: ${modules} modules in the bundle, expected at least ${min}`);
            const got = node(outfile);
            if (got.stdout !== expected.stdout || got.status !== 0) {
                assert.fail(`${format} bundle behaves differently (- unbundled, + bundled):\n` +
                    lineDiff(expected.stdout, got.stdout) + `\nstatus ${got.status}\n${got.stderr.slice(0, 2000)}`);
            }
        }
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
}

const skip = process.env.BALE_SANITIZED === '1' ? 'too slow under AddressSanitizer' : false;
for (const program of programs) {
    const name = `large ${program.entry}`;
    test(name, { skip }, guarded(name, () => check(program)));
}
