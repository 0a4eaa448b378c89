// Bundles must run: every folder under tests/bundle/cases/ and every entry under
// tests/bundle/packages/ is bundled by bale, the bundle is run by node, and what it prints (stdout
// and exit status) must equal what node prints running the unbundled entry.
//
// A case folder holds its sources and:
//   main.mjs | main.js | main.cjs   the entry (the first that exists)
//   args      optional: extra bale flags, one per line
//   formats   optional: output formats to check, space-separated (default "esm cjs iife")
//   minify-args  optional: extra flags for the --minify run (`--keep-names` where `.name` is read)
// A package entry is a file tests/bundle/packages/<name>.mjs (or .cjs) importing npm packages
// installed in tests/node_modules; it is bundled with --platform=node and checked in esm and cjs,
// and in esm with --minify.
//
// Each case is checked again with --minify in every format, each package in esm: minified
// bundles must behave the same (docs/minify.md).
//
// Each bundle is also built with --threads=1 and --threads=8 and must be byte-identical. Under
// AddressSanitizer (BALE_SANITIZED=1) only the cases run: the packages (typescript.js is 9 MB)
// take minutes there, and the release run covers them. A test named in known-failures.txt is
// reported as todo while it fails (known.mjs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import { baleBinary, lineDiff, tempDir } from '../e2e/util.mjs';
import { guarded } from './known.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bale = baleBinary();
const timeout = process.env.BALE_SANITIZED === '1' ? 600_000 : 120_000;

function runNode(file, cwd) {
    const r = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8', timeout, maxBuffer: 1 << 28 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function runBale(args, cwd) {
    return spawnSync(bale, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1' } });
}

const extension = { esm: '.mjs', cjs: '.cjs', iife: '.cjs' };

// Bundles `entry` in `format`, checks determinism across thread counts, runs it, and compares with
// `expected` (the unbundled run).
function checkFormat(entry, cwd, format, extra, expected) {
    const out = tempDir('bale-bundle-');
    try {
        const outfile = path.join(out, 'out' + extension[format]);
        const args = [entry, '--bundle', `--format=${format}`, `--outfile=${outfile}`, ...extra];
        const r = runBale([...args, '--threads=1'], cwd);
        assert.equal(r.status, 0, `bale ${args.join(' ')} failed:\n${r.stderr}`);
        const first = fs.readFileSync(outfile, 'utf8');
        const r8 = runBale([...args, '--threads=8'], cwd);
        assert.equal(r8.status, 0, r8.stderr);
        assert.ok(fs.readFileSync(outfile, 'utf8') === first, `${format}: output differs between --threads=1 and --threads=8`);
        const got = runNode(outfile, cwd);
        if (got.stdout !== expected.stdout || got.status !== expected.status) {
            assert.fail(`${format} ${extra.join(' ')} bundle behaves differently (- unbundled, + bundled):\n` +
                lineDiff(expected.stdout, got.stdout) +
                `\nstatus ${expected.status} vs ${got.status}\n${got.stderr.slice(0, 2000)}`);
        }
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
}

function entryOf(dir) {
    for (const name of ['main.mjs', 'main.js', 'main.cjs', 'main.ts']) {
        if (fs.existsSync(path.join(dir, name))) return name;
    }
    throw new Error(`${dir} has no main.mjs, main.js, main.cjs or main.ts`);
}

function readList(file) {
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(/\s+/).filter(Boolean) : undefined;
}

const casesDir = path.join(here, 'cases');
for (const name of fs.readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, name);
    const entry = entryOf(dir);
    const extra = readList(path.join(dir, 'args')) ?? [];
    const formats = readList(path.join(dir, 'formats')) ?? ['esm', 'cjs', 'iife'];
    test(`case ${name}`, guarded(`case ${name}`, () => {
        const expected = runNode(entry, dir);
        assert.ok(expected.stdout.length > 0, 'the unbundled case prints nothing: nothing to compare');
        for (const format of formats) checkFormat(entry, dir, format, extra, expected);
        const minify = [...extra, '--minify', ...(readList(path.join(dir, 'minify-args')) ?? [])];
        for (const format of formats) checkFormat(entry, dir, format, minify, expected);
    }));
}

const packagesDir = path.join(here, 'packages');
const packageFiles = process.env.BALE_SANITIZED === '1' ? [] : fs.readdirSync(packagesDir).sort();
for (const file of packageFiles) {
    if (!/\.(mjs|cjs)$/.test(file)) continue;
    test(`package ${file}`, guarded(`package ${file}`, () => {
        const expected = runNode(file, packagesDir);
        assert.equal(expected.status, 0, `the unbundled entry fails:\n${expected.stderr}`);
        for (const format of ['esm', 'cjs']) checkFormat(file, packagesDir, format, ['--platform=node'], expected);
        // Entries print class and function names, which minified names would change (as
        // esbuild's do): --keep-names keeps them, as a user relying on `.name` would ask.
        checkFormat(file, packagesDir, 'esm', ['--platform=node', '--minify', '--keep-names'], expected);
    }));
}

// The closing summary: each file written with its size, then the module count and the time;
// nothing on stderr with --log-level=warning or quieter.
test('build summary on stderr, quiet with --log-level', () => {
    const dir = path.join(casesDir, 'esm-bindings');
    const out = tempDir('bale-bundle-');
    try {
        const outfile = path.join(out, 'out.mjs');
        const r = runBale(['main.mjs', '--bundle', `--outfile=${outfile}`], dir);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /^ {2}\S+out\.mjs {2}\d+\.\d KiB\nbale: 5 modules bundled in \d+ ms\n$/);
        const quiet = runBale(['main.mjs', '--bundle', `--outfile=${outfile}`, '--log-level=warning'], dir);
        assert.equal(quiet.status, 0);
        assert.equal(quiet.stderr, '');
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
});

// --metafile: every input with its size and imports, the output with each input's share.
test('--metafile describes inputs and outputs', () => {
    const dir = path.join(casesDir, 'esm-bindings');
    const out = tempDir('bale-bundle-');
    try {
        const outfile = path.join(out, 'out.mjs');
        const metafile = path.join(out, 'meta.json');
        const r = runBale(['main.mjs', '--bundle', `--outfile=${outfile}`, `--metafile=${metafile}`], dir);
        assert.equal(r.status, 0, r.stderr);
        const meta = JSON.parse(fs.readFileSync(metafile, 'utf8'));
        assert.deepEqual(Object.keys(meta.inputs).sort(),
            ['counter.mjs', 'greet.mjs', 'main.mjs', 'math.mjs', 'reexports.mjs']);
        assert.equal(meta.inputs['main.mjs'].bytes, fs.statSync(path.join(dir, 'main.mjs')).size);
        assert.deepEqual(meta.inputs['reexports.mjs'].imports.map((i) => i.path),
            ['math.mjs', 'counter.mjs', 'greet.mjs']);
        const output = meta.outputs[outfile];
        assert.equal(output.bytes, fs.statSync(outfile).size);
        assert.equal(output.entryPoint, 'main.mjs');
        assert.ok(output.inputs['counter.mjs'].bytesInOutput > 0);
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
});
