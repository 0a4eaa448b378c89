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

// --keep-names below the top level: each program under keep-names/ reads `.name` of nested
// functions and classes, and of a CommonJS module's own (its top level is inside a closure).
const keepNamesDir = path.join(here, 'keep-names');
for (const name of ['nested.mjs', 'main.cjs']) {
    test(`--minify --keep-names keeps .name: ${name}`, () => {
        const expected = runNode(name, keepNamesDir);
        assert.equal(expected.status, 0, expected.stderr);
        for (const format of ['esm', 'cjs']) {
            const out = tempDir('bale-keep-names-');
            try {
                const outfile = path.join(out, format === 'esm' ? 'out.mjs' : 'out.cjs');
                const r = spawnSync(bale, [name, '--bundle', `--format=${format}`, `--outfile=${outfile}`,
                    '--minify', '--keep-names'], { cwd: keepNamesDir, encoding: 'utf8' });
                assert.equal(r.status, 0, r.stderr);
                const got = runNode(outfile, keepNamesDir);
                assert.equal(got.stdout, expected.stdout, `${format}:\n${lineDiff(expected.stdout, got.stdout)}`);
            } finally {
                fs.rmSync(out, { recursive: true, force: true });
            }
        }
    });
}

// --pure:NAME: pure/main.mjs behaves the same; tree shaking drops the unused top-level call,
// --minify the calls inside functions too, never what their arguments do.
test('--pure:NAME drops unused calls and keeps their arguments', () => {
    const dir = path.join(here, 'pure');
    const expected = runNode('main.mjs', dir);
    assert.equal(expected.status, 0, expected.stderr);
    const pure = ['--pure:Object.freeze', '--pure:Math.max', '--pure:String'];
    for (const [extra, dropped] of [[[], [4]], [['--minify'], [1, 2, 3, 4]], [['--minify-syntax'], [1, 2, 3, 4]]]) {
        const out = tempDir('bale-pure-');
        try {
            const outfile = path.join(out, 'out.mjs');
            const r = spawnSync(bale, ['main.mjs', '--bundle', `--outfile=${outfile}`, ...pure, ...extra],
                { cwd: dir, encoding: 'utf8' });
            assert.equal(r.status, 0, r.stderr);
            const got = runNode(outfile, dir);
            assert.equal(got.stdout, expected.stdout, `${extra.join(' ')}:\n${lineDiff(expected.stdout, got.stdout)}`);
            const text = fs.readFileSync(outfile, 'utf8');
            for (const i of [1, 2, 3, 4]) {
                assert.equal(text.includes(`pure-call-dropped-${i}`), !dropped.includes(i), `${extra.join(' ')}: call ${i}`);
            }
        } finally {
            fs.rmSync(out, { recursive: true, force: true });
        }
    }
    const bad = spawnSync(bale, ['main.mjs', '--pure'], { cwd: dir, encoding: 'utf8' });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /missing key for --pure/);
});

// --legal-comments: legal/ has seven legal comments (one written twice, in two modules), in an
// ES module, a CommonJS module and a function body. Each mode, minified or not, behaves the
// same and puts them where it says; the default when bundling is eof.
test('--legal-comments=none|inline|eof', () => {
    const dir = path.join(here, 'legal');
    const expected = runNode('main.mjs', dir);
    const distinct = ['entry banner', 'line comment in the entry', '@license at the end', '@license MIT',
        'inside a function', '@preserve old.cjs', 'closing <\\/script>'];
    const count = (text, s) => text.split(s).length - 1;
    for (const mode of ['none', 'inline', 'eof', undefined]) {
        for (const extra of [[], ['--minify']]) {
            const out = tempDir('bale-legal-');
            try {
                const outfile = path.join(out, 'out.mjs');
                const args = ['main.mjs', '--bundle', `--outfile=${outfile}`, ...extra];
                if (mode) args.push(`--legal-comments=${mode}`);
                const texts = [1, 8].map((threads) => {
                    const r = spawnSync(bale, [...args, `--threads=${threads}`], { cwd: dir, encoding: 'utf8' });
                    assert.equal(r.status, 0, r.stderr);
                    return fs.readFileSync(outfile, 'utf8');
                });
                assert.equal(texts[0], texts[1], 'output differs between --threads=1 and --threads=8');
                const text = texts[0];
                const what = `${mode ?? 'default'} ${extra.join(' ')}`;
                assert.equal(runNode(outfile, dir).stdout, expected.stdout, what);
                assert.doesNotMatch(text, /ordinary comment/);
                if (mode === 'none') {
                    assert.doesNotMatch(text, /legal:/, what);
                    continue;
                }
                for (const d of distinct) assert.ok(text.includes(d), `${what}: ${d}`);
                if (mode === 'inline') {
                    assert.equal(count(text, 'entry banner'), 2, what); // once in each module
                    assert.ok(text.indexOf('inside a function') < text.indexOf('toUpperCase'), what);
                } else {
                    // eof: each text once, all of them after the code.
                    assert.equal(count(text, 'entry banner'), 1, what);
                    const code = text.lastIndexOf('console.log');
                    for (const d of distinct) assert.ok(text.indexOf(d) > code, `${what}: ${d} at the end`);
                    assert.match(text, /\n\/\*! legal: entry banner \(c\) example \*\/\n/);
                }
            } finally {
                fs.rmSync(out, { recursive: true, force: true });
            }
        }
    }
    const bad = spawnSync(bale, ['main.mjs', '--legal-comments=external'], { cwd: dir, encoding: 'utf8' });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /invalid value "external" for --legal-comments/);
});

// --mangle-props: mangle-props/ renames properties ending in `_` across three modules (an ES
// module, a CommonJS one read through imports); it behaves the same in every format, minified
// or not, at any thread count, and no renamed name is left in the output.
test('--mangle-props=REGEX renames matching properties across the bundle', () => {
    const dir = path.join(here, 'mangle-props');
    const expected = runNode('main.mjs', dir);
    assert.equal(expected.status, 0, expected.stderr);
    const renamed = ['x_', 'y_', 'origin_', 'length_', 'move_', 'reveal_', 'missing_', 'value_', 'inc_',
        'shout_', 'twice_', 'greet_'];
    for (const format of ['esm', 'cjs', 'iife']) {
        for (const extra of [[], ['--minify']]) {
            const out = tempDir('bale-props-');
            try {
                const outfile = path.join(out, format === 'esm' ? 'out.mjs' : 'out.cjs');
                const args = ['main.mjs', '--bundle', `--format=${format}`, `--outfile=${outfile}`,
                    '--mangle-props=_$', '--reserve-props=^keep', ...extra];
                const texts = [1, 8].map((threads) => {
                    const r = spawnSync(bale, [...args, `--threads=${threads}`], { cwd: dir, encoding: 'utf8' });
                    assert.equal(r.status, 0, r.stderr);
                    return fs.readFileSync(outfile, 'utf8');
                });
                assert.equal(texts[0], texts[1], 'output differs between --threads=1 and --threads=8');
                const what = `${format} ${extra.join(' ')}`;
                const got = runNode(outfile, dir);
                assert.equal(got.stdout, expected.stdout, `${what}:\n${lineDiff(expected.stdout, got.stdout)}\n${got.stderr}`);
                const code = texts[0].replace(/(["'])(?:(?!\1).)*\1/g, '""'); // strings may say anything
                // As a property (`.x_`, `x_: 1`, `x_() {}`); variables may keep such names.
                for (const name of renamed) {
                    assert.doesNotMatch(code, new RegExp(`\\.${name}\\b|\\b${name}\\s*[:(]`), `${what}: ${name}`);
                }
                assert.match(texts[0], /keep_/);
                assert.match(texts[0], /#secret_/);
            } finally {
                fs.rmSync(out, { recursive: true, force: true });
            }
        }
    }
    // A pattern no property matches renames nothing (and sorts no NULL list: UBSan stopped the
    // sanitized build there, found by fuzzing).
    const none = spawnSync(bale, ['main.mjs', '--bundle', '--mangle-props=^none$', '--outfile=/dev/null'],
        { cwd: dir, encoding: 'utf8' });
    assert.equal(none.status, 0, none.stderr);
    const bad = spawnSync(bale, ['main.mjs', '--bundle', '--mangle-props=(', '--outfile=/dev/null'],
        { cwd: dir, encoding: 'utf8' });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /invalid regular expression for --mangle-props/);
    const unbundled = spawnSync(bale, ['main.mjs', '--mangle-props=_$'], { cwd: dir, encoding: 'utf8' });
    assert.notEqual(unbundled.status, 0);
    assert.match(unbundled.stderr, /--mangle-props needs --bundle/);
});

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
