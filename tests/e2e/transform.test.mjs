// Transform mode (bale FILE… without --bundle) beyond what a case folder can say: the layout
// of --outdir, byte-identical output at any thread count, and no partial output when one file
// of many fails. The single-file behaviours (stdout, --outfile, errors) are case folders
// (cases/transform-*).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import { baleBinary, failure, indent, listTree, run, tempDir } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const nodeModules = path.join(here, '..', 'node_modules');

function bale(args, cwd) {
    const r = run(baleBinary(), args, { cwd });
    if (r.signal) throw failure(`bale ${args.join(' ')} was killed by ${r.signal}\n${indent(r.stderr)}`);
    return r;
}

test('--outdir keeps the layout below the inputs\' common directory, as .js files', () => {
    const cwd = path.join(here, 'cases', 'transform-outdir');
    const out = tempDir('transform-layout');
    const r = bale(['src/util/two.cjs', 'src/app/main.cjs', 'src/util/one.mjs', `--outdir=${out}`], cwd);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.deepEqual(listTree(out), ['app/', 'app/main.js', 'util/', 'util/one.js', 'util/two.js']);
    assert.equal(fs.readFileSync(path.join(out, 'util', 'one.js'), 'utf8'), 'export const one = 1;\n');
    assert.equal(fs.readFileSync(path.join(out, 'app', 'main.js'), 'utf8'),
        'console.log(require("../util/two.cjs"));\n');
    fs.rmSync(out, { recursive: true });
});

test('output is byte-identical with 1 and 4 threads', () => {
    const inputs = ['three/build/three.module.js', 'lodash/lodash.js', 'acorn/dist/acorn.js',
        'react-dom/cjs/react-dom-client.development.js'].map((f) => path.join(nodeModules, f));
    const outs = [1, 4].map((threads) => {
        const out = tempDir(`transform-threads${threads}`);
        const r = bale([...inputs, `--outdir=${out}`, `--threads=${threads}`, '--minify-whitespace']);
        assert.equal(r.status, 0, r.stderr);
        return out;
    });
    const files = listTree(outs[0]);
    assert.deepEqual(listTree(outs[1]), files);
    assert.ok(files.length >= 4, `expected the outputs, got ${files.join(', ')}`);
    for (const f of files.filter((x) => !x.endsWith('/'))) {
        const same = fs.readFileSync(path.join(outs[0], f)).equals(fs.readFileSync(path.join(outs[1], f)));
        assert.ok(same, `${f} differs between --threads=1 and --threads=4`);
    }
    for (const o of outs) fs.rmSync(o, { recursive: true });
});

test('a syntax error in one file writes no file at all and keeps an existing outfile', () => {
    const src = tempDir('transform-partial-src');
    for (let i = 0; i < 8; i++) fs.writeFileSync(path.join(src, `f${i}.js`), `export const v${i} = ${i};\n`);
    fs.writeFileSync(path.join(src, 'f8.js'), 'export const = 8;\n');
    const out = tempDir('transform-partial-out');
    const names = fs.readdirSync(src).sort();
    const r = bale([...names, `--outdir=${out}`, '--threads=4'], src);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^f8\.js:1:14: error: /m);
    assert.deepEqual(listTree(out), []);

    const outfile = path.join(out, 'kept.js');
    fs.writeFileSync(outfile, 'previous\n');
    const r2 = bale(['f8.js', `--outfile=${outfile}`], src);
    assert.equal(r2.status, 1);
    assert.equal(fs.readFileSync(outfile, 'utf8'), 'previous\n');
    assert.deepEqual(listTree(out), ['kept.js']);
    fs.rmSync(src, { recursive: true });
    fs.rmSync(out, { recursive: true });
});

test('--legal-comments in transform mode: inline by default, none, eof (each text once)', () => {
    const src = tempDir('transform-legal');
    fs.writeFileSync(path.join(src, 'a.js'), '/*! one */\nf();\n// plain\n//! two\ng();\n/*! one */\n');
    const want = {
        default: '/*! one */\nf();\n//! two\ng();\n/*! one */\n',
        none: 'f();\ng();\n',
        inline: '/*! one */\nf();\n//! two\ng();\n/*! one */\n',
        eof: 'f();\ng();\n/*! one */\n//! two\n',
    };
    for (const [mode, text] of Object.entries(want)) {
        const args = ['a.js', ...(mode === 'default' ? [] : [`--legal-comments=${mode}`])];
        const r = bale(args, src);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, text, mode);
    }
    const min = bale(['a.js', '--legal-comments=eof', '--minify-whitespace'], src);
    assert.equal(min.stdout, 'f();g();\n/*! one */\n//! two\n');
    fs.rmSync(src, { recursive: true });
});
