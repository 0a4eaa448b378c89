// The interop table (issue 6): every importer × exporter × import form, generated into a temp
// dir, bundled by bale and run by node, must print what node prints running the unbundled files.
//
// Importers: ESM `.mjs`; ESM `.js` in a package with "type": "module"; ESM `.js` in a package
// without it (node runs it with --experimental-detect-module); TypeScript `.ts` (node cannot run
// it: the oracle is the same program as `.js`); CommonJS `.cjs`, and `.js` without "type".
// Exporters: ESM named, ESM default, CommonJS `module.exports =` function / object / primitive,
// `exports.x`, `__esModule`-flagged CommonJS (as TypeScript and Babel compile ESM), and an ES
// module that does `export *` from CommonJS.
// Forms: default, named, namespace, dynamic `import()` (with .then, and with top-level await),
// `require()`.
//
// Rules (docs/bundling.md): an importer that node runs as an ES module (`.mjs`, `.js` under
// "type": "module") sees a CommonJS module's default export as its whole module.exports, as in
// node. Other ES module importers (`.js` without "type", `.ts`) follow the Babel/TypeScript
// convention: a flagged module's default export is its `exports.default`. For those the oracle
// replaces the flagged exporter with the ES module it was compiled from, which is what the
// convention promises to show. Combinations node itself rejects are skipped, with the reason in
// the test's name.
//
// Each importer prints its import through show(): functions by name and result, objects by
// sorted own enumerable keys; namespaces of ES modules also by their tag and extensibility.
// Formats: esm, and cjs unless the importer uses top-level await.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';

import { baleBinary, lineDiff, tempDir } from '../e2e/util.mjs';
import { guarded } from './known.mjs';

const bale = baleBinary();

// kind: how node runs it; ext: its file's extension; type: package.json "type" of its folder;
// babel: follows the Babel/TypeScript convention for flagged CommonJS.
const importers = {
    mjs: { esm: true, ext: '.mjs', type: undefined, babel: false },
    'js-type-module': { esm: true, ext: '.js', type: 'module', babel: false },
    'js-detect': { esm: true, ext: '.js', type: null, babel: true },
    ts: { esm: true, ext: '.ts', type: null, babel: true },
    cjs: { esm: false, ext: '.cjs', type: undefined, babel: false },
    'cjs-js': { esm: false, ext: '.js', type: null, babel: false },
};

// Each exporter's file and what it offers; `named` is the name the named form imports.
const exporters = {
    'esm-named': {
        file: 'dep.mjs',
        esm: true,
        source: `export const named = 'esm-named';\nexport function helper() { return 'helper-result'; }\n`,
    },
    'esm-default': {
        file: 'dep.mjs',
        esm: true,
        source: `export default function greet() { return 'esm-default'; }\n`,
    },
    'cjs-fn': {
        file: 'dep.cjs',
        source: `module.exports = function greet() { return 'cjs-fn'; };\nmodule.exports.named = 'cjs-fn-named';\n`,
    },
    'cjs-object': {
        file: 'dep.cjs',
        source: `const named = 'cjs-object-named';\nconst other = 2;\nmodule.exports = { named, other };\n`,
    },
    'cjs-primitive': {
        file: 'dep.cjs',
        source: `module.exports = 'cjs-primitive';\n`,
    },
    'cjs-exports': {
        file: 'dep.cjs',
        source: `exports.named = 'cjs-exports-named';\nexports.other = 3;\n`,
    },
    'esm-star-cjs': {
        file: 'dep.mjs',
        esm: true,
        source: `export * from './inner.cjs';\n`,
        extra: { 'inner.cjs': `exports.named = 'star-named';\nexports.other = 4;\n` },
    },
    'cjs-esmodule': {
        file: 'dep.cjs',
        source: `Object.defineProperty(exports, '__esModule', { value: true });\n` +
            `exports.default = 'flagged-default';\nexports.named = 'flagged-named';\n`,
        // What the Babel/TypeScript convention shows: the module it was compiled from.
        babelView: `export default 'flagged-default';\nexport const named = 'flagged-named';\n`,
    },
};

const forms = ['default', 'named', 'namespace', 'dynamic-import', 'await-import', 'require'];

// TypeScript importers run once bale parses TypeScript (issue 4); until then they are skipped.
function baleParsesTypeScript() {
    const dir = tempDir('interop-ts');
    try {
        fs.writeFileSync(path.join(dir, 'probe.ts'), 'const x: number = 1;\n');
        return spawnSync(bale, [path.join(dir, 'probe.ts')], { encoding: 'utf8' }).status === 0;
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
const typescript = baleParsesTypeScript();

// Why node rejects a combination, or undefined when it runs.
function impossible(importer, exporter, form) {
    const imp = importers[importer];
    if (imp.esm && form === 'require') return 'ES modules have no require';
    if (!imp.esm && ['default', 'named', 'namespace'].includes(form)) {
        return 'CommonJS cannot use import statements';
    }
    if (!imp.esm && form === 'await-import') return 'CommonJS has no top-level await';
    if (form === 'default' && (exporter === 'esm-named' || exporter === 'esm-star-cjs')) {
        return 'no default export (export * leaves default out)';
    }
    if (form === 'named' && (exporter === 'esm-default' || exporter === 'cjs-primitive')) {
        return 'no export named "named"';
    }
    return undefined;
}

const show = `function show(v) {
    if (typeof v === 'function') return '[function ' + v.name + '] ' + show(v());
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    return '{' + Object.keys(v).sort().map((k) => k + ': ' + show(v[k])).join(', ') + '}';
}
function showNamespace(ns, esm) {
    let s = show(ns);
    if (esm) s += ' tag=' + ns[Symbol.toStringTag] + ' extensible=' + Object.isExtensible(ns) +
        ' proto=' + Object.getPrototypeOf(ns);
    return s;
}
`;

function importerSource(importer, exporter, form) {
    const imp = importers[importer];
    const exp = exporters[exporter];
    const spec = JSON.stringify('./' + exp.file);
    const esm = Boolean(exp.esm);
    const label = imp.ext === '.ts' ? `const label: string = '${form}';` : `const label = '${form}';`;
    let body;
    switch (form) {
    case 'default':
        body = `import value from ${spec};\nconsole.log(label, show(value));`;
        break;
    case 'named':
        body = `import { named } from ${spec};\nconsole.log(label, show(named));`;
        break;
    case 'namespace':
        body = `import * as ns from ${spec};\nconsole.log(label, showNamespace(ns, ${esm}));`;
        break;
    case 'dynamic-import':
        body = `import(${spec}).then((ns) => console.log(label, showNamespace(ns, ${esm})));`;
        break;
    case 'await-import':
        body = `const ns = await import(${spec});\nconsole.log(label, showNamespace(ns, ${esm}));`;
        break;
    case 'require':
        body = `const value = require(${spec});\nconsole.log(label, show(value));`;
        break;
    }
    // `export {}` keeps the dynamic form an ES module where node detects the syntax.
    return `${label}\n${show}${body}\n${imp.esm ? 'export {};\n' : ''}`;
}

function write(file, text) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
}

// Writes the combination into dir/pkg; `oracle` writes what node runs as the reference.
function generate(dir, importer, exporter, form, oracle) {
    const imp = importers[importer];
    const exp = exporters[exporter];
    const pkg = path.join(dir, 'pkg');
    if (imp.type !== undefined) {
        write(path.join(pkg, 'package.json'), JSON.stringify(imp.type ? { type: imp.type } : {}) + '\n');
    }
    let source = importerSource(importer, exporter, form);
    let main = 'main' + imp.ext;
    if (oracle && imp.ext === '.ts') {
        source = source.replace(': string', '');
        main = 'main.js';
    }
    write(path.join(pkg, main), source);
    for (const [name, text] of Object.entries(exp.extra ?? {})) write(path.join(pkg, name), text);
    const babel = oracle && imp.babel && exp.babelView;
    write(path.join(pkg, babel ? exp.file.replace('.cjs', '.mjs') : exp.file), babel ? exp.babelView : exp.source);
    if (babel) write(path.join(pkg, main), source.replace(`./${exp.file}`, `./${exp.file.replace('.cjs', '.mjs')}`));
    return path.join(pkg, main);
}

function node(file) {
    const r = spawnSync(process.execPath, ['--experimental-detect-module', '--no-warnings', file],
        { cwd: path.dirname(file), encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function check(importer, exporter, form) {
    const dir = tempDir('interop');
    try {
        const ref = generate(path.join(dir, 'oracle'), importer, exporter, form, true);
        const expected = node(ref);
        assert.equal(expected.status, 0, `node rejects the unbundled program:\n${expected.stderr}`);
        const entry = generate(path.join(dir, 'case'), importer, exporter, form, false);
        const problems = [];
        for (const format of form === 'await-import' ? ['esm'] : ['esm', 'cjs']) {
            const outfile = path.join(dir, 'out', 'out' + (format === 'esm' ? '.mjs' : '.cjs'));
            const r = spawnSync(bale, [entry, '--bundle', '--platform=node', `--format=${format}`,
                `--outfile=${outfile}`, '--log-level=error'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
            if (r.status !== 0) {
                problems.push(`${format}: bale exited with ${r.status}:\n${r.stderr}`);
                continue;
            }
            const got = node(outfile);
            if (got.stdout !== expected.stdout || got.status !== 0) {
                problems.push(`${format} bundle behaves differently (- unbundled, + bundled):\n` +
                    lineDiff(expected.stdout, got.stdout) + (got.status ? `\nstatus ${got.status}: ${got.stderr.slice(0, 800)}` : ''));
            }
        }
        if (problems.length) {
            const files = fs.readdirSync(path.dirname(entry)).map((f) =>
                `--- ${f}\n${fs.readFileSync(path.join(path.dirname(entry), f), 'utf8')}`);
            assert.fail(problems.join('\n') + '\n' + files.join(''));
        }
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

for (const importer of Object.keys(importers)) {
    for (const exporter of Object.keys(exporters)) {
        for (const form of forms) {
            const name = `interop ${importer} imports ${exporter} by ${form}`;
            if (importers[importer].ext === '.ts' && !typescript) {
                const why = 'bale does not parse TypeScript yet (issue 4)';
                test(`${name} (skipped: ${why})`, { skip: why }, () => {});
                continue;
            }
            const why = impossible(importer, exporter, form);
            if (why) {
                test(`${name} (skipped: node rejects it: ${why})`, { skip: why }, () => {});
                continue;
            }
            test(name, guarded(name, () => check(importer, exporter, form)));
        }
    }
}
