// The packages of the round trip (pinned in tests/package.json) and how their files are chosen.
// Not a test file itself.
//
// A package's files: every .js, .mjs and .cjs file under tests/node_modules/NAME, skipping nested
// node_modules and directories named test, tests, __tests__, __mocks__, fixture, fixtures or
// __fixtures__ (test inputs are often invalid on purpose); sorted by path (UTF-16 order).
// Files that acorn cannot parse (TypeScript or Flow in a .js file, top-level `return` of a
// CommonJS file, ...) are excluded by the worker and counted per package.
//
// Sampling: core-js (~3,700 tiny files, mostly one-line re-exports) and date-fns (~2,700 files:
// the same functions as ESM, CommonJS and fp/ wrappers) would take more time than everything
// else together while adding little variety, so they are sampled deterministically: a file is
// kept when the FNV-1a hash of its path inside the package is 0 modulo `sample` (1 in 8). The
// choice depends only on the path, so it is stable across runs and machines.
import fs from 'node:fs';
import path from 'node:path';

import { nodeModules } from './bale-run.mjs';

// name: directory under tests/node_modules; sample: keep 1 file in `sample`.
// sourceType: forced for every file (test262 files say it in their name); otherwise .mjs is a
// module, .cjs a script, and a .js file a script when acorn parses it as one, else a module.
export const packages = [
    { name: 'test262-parser-tests', label: 'test262-parser-tests pass/', under: 'pass',
        sourceType: (rel) => (rel.endsWith('.module.js') ? 'module' : 'script') },
    { name: 'typescript' },
    { name: 'three' },
    { name: 'react' },
    { name: 'react-dom' },
    { name: 'lodash' },
    { name: 'lodash-es' },
    { name: 'underscore' },
    { name: 'rxjs' },
    { name: 'acorn' },
    { name: 'esprima' },
    { name: '@babel/parser' },
    { name: 'terser' },
    { name: 'uglify-js' },
    { name: 'prettier' },
    { name: 'vue' },
    { name: 'd3' },
    { name: 'preact' },
    { name: 'immer' },
    { name: 'mobx' },
    { name: 'redux' },
    { name: 'zod' },
    { name: 'axios' },
    { name: 'chalk' },
    { name: 'marked' },
    { name: 'jquery' },
    { name: 'moment' },
    { name: 'bluebird' },
    { name: 'date-fns', sample: 8 },
    { name: 'core-js', sample: 8 },
];

const skippedDirs = new Set(['node_modules', 'test', 'tests', '__tests__', '__mocks__', 'fixture', 'fixtures',
    '__fixtures__']);
const jsFile = /\.(js|mjs|cjs)$/;

export function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
}

// The files of one package: [{file (absolute), rel (path inside the package)}], sorted.
export function packageFiles(pkg) {
    const root = path.join(nodeModules, pkg.name, pkg.under ?? '');
    if (!fs.existsSync(root)) throw new Error(`${root} is missing: run scripts/install-test-deps.sh`);
    const out = [];
    const walk = (rel) => {
        for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!skippedDirs.has(e.name)) walk(r);
            } else if (e.isFile() && jsFile.test(e.name)) {
                if (!pkg.sample || fnv1a(r) % pkg.sample === 0) out.push(r);
            }
        }
    };
    walk('');
    out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return out.map((rel) => ({ file: path.join(root, rel), rel }));
}
