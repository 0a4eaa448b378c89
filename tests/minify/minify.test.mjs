// The minifier keeps behaviour: every program under tests/minify/cases/ prints the same bundled
// with --minify (and with each of its three parts alone) as run unbundled by node. ES modules
// (.mjs) are bundled as esm, scripts (.js, sloppy mode: eval, with, Annex B) as cjs.
//
// Also checked here: names never taken from the globals a bundle reads, and what docs/minify.md
// promises about eval() and with (a module using them keeps its names).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

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
