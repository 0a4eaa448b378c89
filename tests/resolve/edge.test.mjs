// Edge cases of package.json maps that real packages meet only now and then, written as small
// packages in a temp directory and checked against the same oracles as the real corpus:
// node (import.meta.resolve, require.resolve) for --platform=node, esbuild for
// --platform=browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';

import { bale, esbuildDifference, esbuildOracle, nodeDifference, nodeOracle } from './oracle-lib.mjs';

const json = (v) => JSON.stringify(v, null, 1);

// The tree: path -> text.
const FILES = {
    'project/package.json': json({ name: 'project', imports: { '#env': { node: './env-node.js', default: './env-browser.js' }, '#lib/*': './src/lib/*.js', '#dep': 'exp' } }),
    'project/env-node.js': '',
    'project/env-browser.js': '',
    'project/src/lib/a.js': '',
    'project/src/main.js': '',
    'project/src/logo.png': '',
    'project/vendor/big.js': '',
    'project/src/sub/package.json': json({ type: 'module' }),
    'project/src/sub/inner.js': '',

    // "exports": specificity of patterns, arrays, null, nested conditions, sugar.
    'project/node_modules/exp/package.json': json({
        name: 'exp',
        exports: {
            '.': [{ import: './esm/index.mjs', require: './cjs/index.cjs' }, './cjs/index.cjs'],
            './features/*': './features/*.js',
            './features/*.js': './features/*.js',
            './features/internal/*': null,
            './features/special': { browser: { import: './features/special-browser.mjs', default: './features/special-browser.js' }, node: './features/special-node.js', default: './features/special.js' },
            './data/*.json': './data/*.json',
            './deep/*/index': './deep/*/main.js',
            './package.json': './package.json',
        },
    }),
    'project/node_modules/exp/esm/index.mjs': 'import "exp/features/a"; import "#self";',
    'project/node_modules/exp/cjs/index.cjs': '',
    'project/node_modules/exp/features/a.js': '',
    'project/node_modules/exp/features/b/c.js': '',
    'project/node_modules/exp/features/internal/x.js': '',
    'project/node_modules/exp/features/special.js': '',
    'project/node_modules/exp/features/special-node.js': '',
    'project/node_modules/exp/features/special-browser.js': '',
    'project/node_modules/exp/features/special-browser.mjs': '',
    'project/node_modules/exp/data/table.json': '{}',
    'project/node_modules/exp/deep/x/main.js': '',

    // "browser" object maps: files, bare names, false, directories, keys without "./".
    'project/node_modules/brow/package.json': json({
        name: 'brow',
        main: './lib/index.js',
        browser: {
            './lib/index.js': './lib/index-browser.js',
            './lib/node-only': false,
            'lib/server.js': './lib/server-browser.js',
            fs: false,
            events: './lib/events-shim.js',
            'left-pad': 'right-pad',
        },
    }),
    'project/node_modules/brow/lib/index.js': '',
    'project/node_modules/brow/lib/index-browser.js': '',
    'project/node_modules/brow/lib/node-only.js': '',
    'project/node_modules/brow/lib/server.js': '',
    'project/node_modules/brow/lib/server-browser.js': '',
    'project/node_modules/brow/lib/events-shim.js': '',
    'project/node_modules/brow/lib/esm/package.json': json({ type: 'module' }),
    'project/node_modules/brow/lib/esm/uses.js': '',
    'project/node_modules/right-pad/index.js': '',
    'project/node_modules/left-pad/index.js': '',

    // main fields: "module" beside "main", a "browser" string, a directory main.
    'project/node_modules/fields/package.json': json({ name: 'fields', main: './dist/cjs.js', module: './dist/esm.js', browser: './dist/browser.js' }),
    'project/node_modules/fields/dist/cjs.js': '',
    'project/node_modules/fields/dist/esm.js': '',
    'project/node_modules/fields/dist/browser.js': '',
    'project/node_modules/dirmain/package.json': json({ main: 'lib' }),
    'project/node_modules/dirmain/lib/index.js': '',
    'project/node_modules/modonly/package.json': json({ main: './main.js', module: './module.js' }),
    'project/node_modules/modonly/main.js': '',
    'project/node_modules/modonly/module.js': '',

    // User conditions (--conditions, node -C).
    'project/node_modules/devcond/package.json': json({ name: 'devcond', exports: { '.': { development: './dev.js', default: './prod.js' } } }),
    'project/node_modules/devcond/dev.js': '',
    'project/node_modules/devcond/prod.js': '',

    // Scoped package with exports sugar, and a package whose exports hide a file.
    'project/node_modules/@sc/pkg/package.json': json({ name: '@sc/pkg', exports: './index.js' }),
    'project/node_modules/@sc/pkg/index.js': '',
    'project/node_modules/@sc/pkg/hidden.js': '',
};

// (importing file, specifier, kind)
const QUERIES = [
    ['project/src/main.js', '#env', 'import'],
    ['project/src/main.js', '#lib/a', 'import'],
    ['project/src/main.js', '#dep', 'require'],
    ['project/src/main.js', '#missing', 'import'],
    ['project/src/sub/inner.js', '#env', 'import'],
    ['project/src/main.js', 'exp', 'import'],
    ['project/src/main.js', 'exp', 'require'],
    ['project/src/main.js', 'exp/features/a', 'import'],
    ['project/src/main.js', 'exp/features/a.js', 'import'],
    ['project/src/main.js', 'exp/features/b/c', 'import'],
    ['project/src/main.js', 'exp/features/internal/x', 'import'],
    ['project/src/main.js', 'exp/features/special', 'import'],
    ['project/src/main.js', 'exp/features/special', 'require'],
    ['project/src/main.js', 'exp/data/table.json', 'import'],
    ['project/src/main.js', 'exp/deep/x/index', 'import'],
    ['project/src/main.js', 'exp/package.json', 'require'],
    ['project/src/main.js', 'exp/cjs/index.cjs', 'require'],
    ['project/node_modules/exp/esm/index.mjs', 'exp/features/a', 'import'],
    ['project/src/main.js', 'brow', 'import'],
    ['project/src/main.js', 'brow', 'require'],
    ['project/src/main.js', 'brow/lib/node-only', 'require'],
    ['project/src/main.js', 'brow/lib/server', 'require'],
    ['project/src/main.js', 'brow/lib/server.js', 'import'],
    ['project/node_modules/brow/lib/index.js', './node-only', 'require'],
    ['project/node_modules/brow/lib/index.js', './node-only.js', 'require'],
    ['project/node_modules/brow/lib/index.js', './server', 'require'],
    ['project/node_modules/brow/lib/index.js', 'fs', 'require'],
    ['project/node_modules/brow/lib/index.js', 'events', 'require'],
    ['project/node_modules/brow/lib/index.js', 'left-pad', 'require'],
    ['project/node_modules/brow/lib/esm/uses.js', 'left-pad', 'import'],
    ['project/node_modules/brow/lib/esm/uses.js', '../server', 'import'],
    ['project/node_modules/brow/lib/esm/uses.js', '../index.js', 'import'],
    ['project/src/main.js', 'fields', 'import'],
    ['project/src/main.js', 'fields', 'require'],
    ['project/src/main.js', 'dirmain', 'require'],
    ['project/src/main.js', 'modonly', 'import'],
    ['project/src/main.js', 'modonly', 'require'],
    ['project/src/main.js', '@sc/pkg', 'import'],
    ['project/src/main.js', '@sc/pkg/hidden.js', 'import'],
    ['project/src/main.js', 'devcond', 'import'],
    ['project/src/main.js', 'devcond', 'require'],
    ['project/src/main.js', './logo.png', 'import'],
    ['project/src/sub/inner.js', 'aliased', 'import'],
    ['project/src/sub/inner.js', 'oldpkg/features/a', 'import'],
    ['project/src/main.js', '../vendor/big', 'import'],
    ['project/src/main.js', 'path', 'require'],
    ['project/src/main.js', 'node:path', 'import'],
];

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bale-resolve-edge-')));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
for (const [rel, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
}
const queries = QUERIES.map(([file, spec, kind]) => ({ file: path.join(root, file), dir: path.dirname(path.join(root, file)), spec, kind }));

function check(platform, wants, gots, differ) {
    const bad = [];
    queries.forEach((q, i) => {
        const d = differ(wants[i], gots[i]);
        if (d !== null) bad.push(`  ${q.kind} "${q.spec}" from ${path.relative(root, q.file)}\n    want ${d}\n    got  ${gots[i].status} ${gots[i].path}`);
    });
    if (bad.length) throw new Error(`${platform}: ${bad.length} differences:\n${bad.join('\n')}`);
}

test('edge cases: node', () => {
    check('node', nodeOracle(queries), bale(queries, ['--platform=node']), nodeDifference);
});

test('edge cases: browser', () => {
    check('browser', esbuildOracle(queries), bale(queries, ['--platform=browser']), esbuildDifference);
});

test('edge cases: neutral', () => {
    check('neutral', esbuildOracle(queries, 'neutral'), bale(queries, ['--platform=neutral']), esbuildDifference);
});

test('edge cases: node -C development', () => {
    check('node', nodeOracle(queries, ['-C', 'development']), bale(queries, ['--platform=node', '--conditions=development']), nodeDifference);
});

// --external, --conditions and --alias against esbuild with the same options (its working
// directory is the project, for the path pattern and the aliases).
test('edge cases: browser with --external, --conditions and --alias', () => {
    const cwd = path.join(root, 'project');
    const extra = {
        external: ['*.png', 'fields', './vendor/*'],
        conditions: ['development'],
        alias: { aliased: './src/lib/a.js', oldpkg: 'exp' },
        absWorkingDir: cwd,
    };
    const flags = ['--platform=browser', '--external:*.png', '--external:fields', '--external:./vendor/*', '--conditions=development', '--alias:aliased=./src/lib/a.js', '--alias:oldpkg=exp'];
    check('browser', esbuildOracle(queries, 'browser', extra), bale(queries, flags, cwd), esbuildDifference);
});

test('edge cases: browser with --main-fields and --resolve-extensions', () => {
    const extra = { mainFields: ['module', 'main'], resolveExtensions: ['.mjs', '.js', '.json'] };
    const flags = ['--platform=browser', '--main-fields=module,main', '--resolve-extensions=.mjs,.js,.json'];
    check('browser', esbuildOracle(queries, 'browser', extra), bale(queries, flags), esbuildDifference);
});

test('edge cases: node with --packages=external', () => {
    const flags = ['--platform=node', '--packages=external'];
    check('node', esbuildOracle(queries, 'node', { packages: 'external' }), bale(queries, flags), esbuildDifference);
});
