// Source maps checked token by token: bale bundles real code with --sourcemap, and every
// identifier and literal of the bundle (tokenized by acorn, whose columns are UTF-16 units as the
// format's are) is looked up in the map with @jridgewell/trace-mapping.
//
// A token is *mapped* when a mapping starts exactly at its first character. A mapped token is
// *right* when the original source, at the mapping's line and column, starts with the token's
// text — or, when the mapping has a name (a renamed or rewritten reference), with that name.
// Anything else is *wrong*. Each bundle must have no wrong token and at least 99.5 % of its
// tokens mapped. Tokens of the code bale writes itself (the runtime helpers, namespace objects,
// wrappers) are counted too: they are unmapped by design and must stay within the 0.5 %.
//
// Fixtures: three.js r108, the TypeScript example, and the npm package entries of
// tests/bundle/packages; variants: a linked map, --minify-whitespace, an inline map.
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

const packages = ['acorn.mjs', 'babel-parser.mjs', 'chalk.mjs', 'd3.mjs', 'date-fns.mjs',
    'esprima.cjs', 'immer.mjs', 'lodash.cjs', 'marked.mjs', 'mobx.mjs', 'moment.mjs',
    'preact.mjs', 'react.mjs', 'redux.mjs', 'rxjs.mjs', 'zod.mjs'];

const fixtures = [
    { name: 'three.js r108', entry: 'tests/bundle/three/entry.mjs', variants: ['linked', 'minify', 'inline'] },
    { name: 'TypeScript example', entry: 'examples/src/main.ts', variants: ['linked', 'minify', 'inline'] },
    ...packages.map((p) => ({ name: p, entry: `tests/bundle/packages/${p}`, variants: ['linked', 'minify'] })),
];

const variantArgs = {
    linked: ['--sourcemap'],
    minify: ['--sourcemap=external', '--minify-whitespace'],
    inline: ['--sourcemap=inline'],
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
    if (variant === 'linked') assert.equal(comment?.[1], path.basename(outfile) + '.map');
    else assert.equal(comment, null, 'an external map has no comment');
    return { code, map: JSON.parse(fs.readFileSync(outfile + '.map', 'utf8')) };
}

// Source text split into lines the way bale counts them (every ECMAScript line terminator).
function sourceLines(map, dir) {
    return map.sources.map((s, i) => {
        const text = map.sourcesContent?.[i] ?? fs.readFileSync(path.resolve(dir, s), 'utf8');
        return text.split(/\r\n|[\n\r\u2028\u2029]/);
    });
}

const checkedTypes = new Set(['name', 'string', 'num', 'regexp', 'privateId', 'true', 'false', 'null', 'this']);

function validate(code, map, dir) {
    const trace = new TraceMap(map);
    const byLine = decodedMappings(trace).map((segs) => new Map(segs.map((s) => [s[0], s])));
    const lines = sourceLines(map, dir);
    const result = { tokens: 0, mapped: 0, wrong: [] };
    const tokenizer = acorn.tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true, allowHashBang: true });
    for (const tok of tokenizer) {
        if (!checkedTypes.has(tok.type.label) && !tok.type.keyword) continue;
        if (tok.type.keyword && !checkedTypes.has(tok.type.keyword)) continue;
        result.tokens++;
        const seg = byLine[tok.loc.start.line - 1]?.get(tok.loc.start.column);
        if (!seg || seg.length < 4) continue;
        result.mapped++;
        const text = code.slice(tok.start, tok.end);
        const original = lines[seg[1]]?.[seg[2]]?.slice(seg[3]) ?? '';
        const expected = seg.length === 5 ? map.names[seg[4]] : text;
        if (!original.startsWith(expected)) {
            result.wrong.push(`${tok.loc.start.line}:${tok.loc.start.column} ${JSON.stringify(text)}` +
                (seg.length === 5 ? ` (name ${JSON.stringify(expected)})` : '') +
                ` -> ${map.sources[seg[1]]}:${seg[2] + 1}:${seg[3]} ${JSON.stringify(original.slice(0, 40))}`);
        }
    }
    return result;
}

function bundle(entry, variant, out) {
    const outfile = path.join(out, 'out.js');
    const args = [entry, '--bundle', '--platform=node', '--format=esm', `--outfile=${outfile}`,
        '--log-level=warning', ...variantArgs[variant]];
    const r = spawnSync(bale, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, `bale ${args.join(' ')} failed:\n${r.stderr}`);
    return outfile;
}

for (const f of fixtures) {
    for (const variant of f.variants) {
        test(`${f.name} (${variant})`, () => {
            const out = tempDir('bale-smap-');
            try {
                const outfile = bundle(f.entry, variant, out);
                const { code, map } = readMap(outfile, variant);
                assert.equal(map.version, 3);
                const r = validate(code, map, out);
                const rate = r.tokens ? r.mapped / r.tokens : 1;
                console.log(`# ${f.name} (${variant}): ${r.tokens} tokens, ${(rate * 100).toFixed(2)} % mapped, ` +
                    `${r.wrong.length} wrong; map ${fs.statSync(variant === 'inline' ? outfile : outfile + '.map').size} bytes`);
                assert.deepEqual(r.wrong.slice(0, 20), [], `${r.wrong.length} tokens map to the wrong place`);
                assert.ok(rate >= MIN_MAPPED, `only ${(rate * 100).toFixed(2)} % of ${r.tokens} tokens mapped`);
            } finally {
                fs.rmSync(out, { recursive: true, force: true });
            }
        });
    }
}
