// Source maps checked token by token: bale bundles real code with --sourcemap, and every
// identifier and literal of the bundle (tokenized by acorn, whose columns are UTF-16 units as the
// format's are) is looked up in the map with @jridgewell/trace-mapping.
//
// A token is *mapped* when a mapping starts exactly at its first character. A mapped token is
// *right* when the original source, at the mapping's line and column, starts with the token's
// text — or, when the mapping has a name (a renamed or rewritten reference), with that name.
// Anything else is *wrong*. Each bundle must have no wrong token and at least 99.5 % of its
// source tokens mapped. Code bale writes itself has no source and so no mappings (by design,
// docs/sourcemaps.md): the prologue before the first mapping (runtime helpers, namespace
// objects), CommonJS wrapper heads, the statements an import leaves (`var import_x =
// __toESM(…)`), `__name(…)` calls and the closing `export {…}`. Its tokens are recognized by
// those shapes and reported apart. Contextual keywords (`of`, `get`, `as`…) are keywords there,
// not identifiers, and are not counted.
//
// Fixtures: three.js r108, the TypeScript example, and the npm package entries of
// tests/bundle/packages; variants: a linked map, --minify-whitespace, an inline map. Then the
// same check in transform mode (no --bundle) on three.module.js and a TypeScript file, and on a
// bundle of tsc output whose maps (tests/sourcemap/input/lib, made from src/ by
// `tsc --target es2020 --module es2020 --sourceMap`, and `--inlineSourceMap` for format.ts) must
// be followed to the .ts files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import * as acorn from 'acorn';

import { baleBinary, tempDir } from '../e2e/util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const bale = baleBinary();
const MIN_MAPPED = 0.995;

// Packages whose files are their own (no input maps): 99.5 % of their tokens must be mapped.
const packages = ['acorn.mjs', 'chalk.mjs', 'd3.mjs', 'date-fns.mjs', 'esprima.cjs', 'lodash.cjs',
    'moment.mjs', 'react.mjs', 'zod.mjs', 'lodash-es.mjs', 'bluebird.cjs', 'underscore.mjs'];

// Packages that ship compiled files with their own source maps, which bale follows to the
// original sources. Only tokens the package's own map maps at their first character, to the same
// text, can be mapped: the floor is what that leaves (measured, minus a margin). The compilers'
// own code (tsc's `Object.defineProperty(exports, "__esModule", …)`, `"use strict"`, helpers)
// is what stays unmapped; rxjs's CommonJS build is mostly that.
const packagesWithMaps = { 'babel-parser.mjs': 0.9, 'immer.mjs': 0.85, 'marked.mjs': 0.88,
    'mobx.mjs': 0.85, 'preact.mjs': 0.8, 'redux.mjs': 0.75, 'rxjs.mjs': 0.3 };

const fixtures = [
    { name: 'three.js r108', entry: 'tests/bundle/three/entry.mjs', variants: ['linked', 'minify', 'inline', 'cjs', 'iife'] },
    { name: 'TypeScript example', entry: 'examples/src/main.ts', variants: ['linked', 'minify', 'inline', 'iife'] },
    ...packages.map((p) => ({ name: p, entry: `tests/bundle/packages/${p}`, variants: ['linked', 'minify'] })),
    ...Object.entries(packagesWithMaps).map(([p, minMapped]) =>
        ({ name: `${p} (input maps)`, entry: `tests/bundle/packages/${p}`, variants: ['linked'], minMapped })),
    // Inputs that carry their own maps (tsc's output, one linked, one inline): the bundle's map
    // must lead to the .ts files.
    // tsc maps its own code (`this.w = w` for a parameter property) to places that read
    // otherwise; bale drops those mappings, so only 87 % of this small bundle's tokens are mapped.
    { name: 'tsc output with input maps', entry: 'tests/sourcemap/input/main.mjs', variants: ['linked', 'minify', 'inline'], sources: ['shapes.ts', 'format.ts'], minMapped: 0.85 },
    // Transform mode (no --bundle): one file in, one file and its map out.
    { name: 'three.module.js (transform)', entry: 'tests/node_modules/three-108/build/three.module.js', transform: true, variants: ['linked', 'minify', 'inline'] },
    { name: 'difficulty.ts (transform)', entry: 'examples/src/difficulty.ts', transform: true, variants: ['linked', 'inline'] },
];

const variantArgs = {
    linked: ['--sourcemap'],
    minify: ['--sourcemap=external', '--minify-whitespace'],
    inline: ['--sourcemap=inline'],
    cjs: ['--sourcemap', '--format=cjs'],
    iife: ['--sourcemap', '--format=iife', '--minify-whitespace'],
};

// The map of a bundle: from the .map file, or from the inline data URL.
function readMap(outfile, variant) {
    const code = fs.readFileSync(outfile, 'utf8');
    const comment = code.match(/\n\/\/# sourceMappingURL=(.*)\n$/);
    if (variant === 'inline') {
        assert.ok(comment && comment[1].startsWith('data:application/json;base64,'), 'no inline map');
        const json = Buffer.from(comment[1].slice('data:application/json;base64,'.length), 'base64');
        return { code, map: JSON.parse(json.toString('utf8')) };
    }
    if (variant !== 'minify') assert.equal(comment?.[1], path.basename(outfile) + '.map');
    else assert.equal(comment, null, 'an external map has no comment');
    return { code, map: JSON.parse(fs.readFileSync(outfile + '.map', 'utf8')) };
}

// Source text split into lines the way bale counts them (every ECMAScript line terminator).
function sourceLines(map, dir) {
    return map.sources.map((s, i) => {
        const file = path.resolve(dir, s);
        const text = map.sourcesContent?.[i] ?? (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
        return text === null ? null : text.split(/\r\n|[\n\r\u2028\u2029]/);
    });
}

const checkedTypes = new Set(['name', 'string', 'num', 'regexp', 'privateId', 'true', 'false', 'null', 'this']);
const contextual = new Set(['of', 'get', 'set', 'as', 'from', 'async', 'static', 'let', 'accessor', 'await', 'yield']);
const glueShapes = [
    /var [\w$]+ ?= ?__commonJS\(function ?\(exports, ?module\) ?\{/g,
    /var [\w$]+ ?= ?__toESM\([^;]*\);/g,
    /import \* as [\w$]+ from ?"[^"]*";/g,
    /__name\([\w$]+, ?"[^"]*"\);/g,
    /var [\w$]+_default ?= ?/g, // `export default <expression>` becomes a variable
    // the entry's exports, then the legal comments (--legal-comments=eof) and the map's comment
    /(var [\w$]+ ?= ?[\w$.]+;\n?)*export ?\{[^}]*\};?\n?((\/\*[\s\S]*?\*\/|\/\/(?!# sourceMappingURL=).*)\n)*(\/\/# sourceMappingURL=.*\n)?$/g,
];

// Byte ranges of the bundle that bale wrote itself; `prologueEnd`: the first mapped offset.
function glueRanges(code, prologueEnd) {
    const ranges = [[0, prologueEnd]];
    for (const re of glueShapes) {
        for (const m of code.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
    }
    return ranges;
}

function firstMappedOffset(code, byLine) {
    let offset = 0;
    const lines = code.split('\n');
    for (let l = 0; l < lines.length; l++) {
        const cols = byLine[l] ? [...byLine[l].keys()] : [];
        if (cols.length) return offset + Math.min(...cols); // an ASCII prologue: columns are bytes
        offset += lines[l].length + 1;
    }
    return code.length;
}

function validate(code, map, dir) {
    const trace = new TraceMap(map);
    const byLine = decodedMappings(trace).map((segs) => new Map(segs.map((s) => [s[0], s])));
    const lines = sourceLines(map, dir);
    const glue = glueRanges(code, firstMappedOffset(code, byLine));
    const isGlue = (at) => glue.some(([from, to]) => at >= from && at < to);
    const result = { tokens: 0, glue: 0, mapped: 0, wrong: [] };
    const tokenizer = acorn.tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true, allowHashBang: true });
    for (const tok of tokenizer) {
        if (!checkedTypes.has(tok.type.label) && !tok.type.keyword) continue;
        if (tok.type.keyword && !checkedTypes.has(tok.type.keyword)) continue;
        if (tok.type.label === 'name' && contextual.has(tok.value)) continue;
        const seg = byLine[tok.loc.start.line - 1]?.get(tok.loc.start.column);
        if (!seg && isGlue(tok.start)) {
            result.glue++;
            continue;
        }
        result.tokens++;
        // A source that is nowhere (an input map naming a file its package does not ship) cannot
        // be checked: its tokens count as unmapped.
        if (!seg || seg.length < 4 || !lines[seg[1]]) continue;
        result.mapped++;
        const text = code.slice(tok.start, tok.end);
        const original = lines[seg[1]]?.[seg[2]]?.slice(seg[3]) ?? '';
        // A string continued over lines (`\` newline) is compared up to its first line end.
        const expected = seg.length === 5 ? map.names[seg[4]] : text.split(/\r\n|[\n\r\u2028\u2029]/)[0];
        if (!original.startsWith(expected)) {
            result.wrong.push(`${tok.loc.start.line}:${tok.loc.start.column} ${JSON.stringify(text)}` +
                (seg.length === 5 ? ` (name ${JSON.stringify(expected)})` : '') +
                ` -> ${map.sources[seg[1]]}:${seg[2] + 1}:${seg[3]} ${JSON.stringify(original.slice(0, 40))}`);
        }
    }
    return result;
}

function bundle(entry, variant, out, transform) {
    const outfile = path.join(out, 'out.js');
    const mode = transform ? [] : ['--bundle', '--platform=node', '--format=esm'];
    // A later --format overrides the default esm (the cjs and iife variants).
    const args = [entry, ...mode, `--outfile=${outfile}`, '--log-level=warning', ...variantArgs[variant]];
    const r = spawnSync(bale, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, `bale ${args.join(' ')} failed:\n${r.stderr}`);
    return outfile;
}

for (const f of fixtures) {
    for (const variant of f.variants) {
        test(`${f.name} (${variant})`, () => {
            const out = tempDir('bale-smap-');
            try {
                const outfile = bundle(f.entry, variant, out, f.transform);
                const { code, map } = readMap(outfile, variant);
                assert.equal(map.version, 3);
                for (const want of f.sources ?? []) {
                    assert.ok(map.sources.some((s) => s.endsWith(want)), `${want} is not among the sources ${map.sources}`);
                }
                const r = validate(code, map, out);
                const rate = r.tokens ? r.mapped / r.tokens : 1;
                console.log(`# ${f.name} (${variant}): ${r.tokens} source tokens, ${(rate * 100).toFixed(2)} % mapped, ` +
                    `${r.glue} in bale's own code, ` +
                    `${r.wrong.length} wrong; map ${fs.statSync(variant === 'inline' ? outfile : outfile + '.map').size} bytes`);
                assert.deepEqual(r.wrong.slice(0, 20), [], `${r.wrong.length} tokens map to the wrong place`);
                assert.ok(rate >= (f.minMapped ?? MIN_MAPPED), `only ${(rate * 100).toFixed(2)} % of ${r.tokens} tokens mapped`);
            } finally {
                fs.rmSync(out, { recursive: true, force: true });
            }
        });
    }
}

// --sources-content=false leaves the text out (the validator then reads the files the sources
// name); --source-root is written as given.
test('--sources-content=false and --source-root', () => {
    const out = tempDir('bale-smap-');
    try {
        const outfile = path.join(out, 'out.js');
        const args = ['examples/src/main.ts', '--bundle', '--format=esm', `--outfile=${outfile}`, '--log-level=warning',
            '--sourcemap', '--sources-content=false'];
        let r = spawnSync(bale, args, { cwd: root, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        const { code, map } = readMap(outfile, 'linked');
        assert.equal(map.sourcesContent, undefined);
        const v = validate(code, map, out);
        assert.deepEqual(v.wrong, []);
        assert.ok(v.mapped / v.tokens >= MIN_MAPPED);
        r = spawnSync(bale, [...args, '--source-root=https://example.com/src/'], { cwd: root, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        assert.equal(JSON.parse(fs.readFileSync(outfile + '.map', 'utf8')).sourceRoot, 'https://example.com/src/');
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
});

// The map, like the bundle, does not depend on the thread count.
test('three.js r108: the same map at 1 and 8 threads', () => {
    const maps = [1, 8].map((threads) => {
        const out = tempDir('bale-smap-');
        try {
            const outfile = path.join(out, 'out.js');
            const r = spawnSync(bale, ['tests/bundle/three/entry.mjs', '--bundle', '--format=esm', `--outfile=${outfile}`,
                '--sourcemap', `--threads=${threads}`, '--log-level=warning'], { cwd: root, encoding: 'utf8' });
            assert.equal(r.status, 0, r.stderr);
            return fs.readFileSync(outfile + '.map', 'utf8');
        } finally {
            fs.rmSync(out, { recursive: true, force: true });
        }
    });
    assert.ok(maps[0] === maps[1], 'the maps differ');
});

// A statement, or a JSON value, with more pairs than the printer hands over in one batch
// (PRINT_MAPPINGS_BATCH, 4096): the pairs go to the segment while the statement is printed, and
// not one may be lost or moved at a batch's edge. Everything here is the modules' own code, so
// every token must be mapped.
test('one statement and one JSON value of many batches: every token mapped', () => {
    const out = tempDir('bale-smap-');
    try {
        const items = Array.from({ length: 6000 }, (_, i) => `{ id: ${i}, name: 'n${i}', next: step(${i}) }`);
        fs.writeFileSync(path.join(out, 'data.json'),
            JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ k: `v${i}`, n: i * 0.5, ok: i % 2 === 0 })), null, 1));
        fs.writeFileSync(path.join(out, 'table.js'),
            `function step(i) {\n  return i + 1;\n}\nexport const table = [\n${items.join(',\n')}\n];\n`);
        fs.writeFileSync(path.join(out, 'main.js'),
            "import data from './data.json';\nimport { table } from './table.js';\nconsole.log(data.length + table.length);\n");
        for (const variant of ['linked', 'minify']) {
            const outfile = bundle(path.join(out, 'main.js'), variant, out, false);
            const { code, map } = readMap(outfile, variant);
            const r = validate(code, map, out);
            assert.ok(r.tokens > 50000, `only ${r.tokens} tokens`);
            assert.deepEqual(r.wrong.slice(0, 20), [], `${variant}: ${r.wrong.length} tokens map to the wrong place`);
            assert.equal(r.mapped, r.tokens, `${variant}: ${r.tokens - r.mapped} of ${r.tokens} tokens unmapped`);
        }
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
});
