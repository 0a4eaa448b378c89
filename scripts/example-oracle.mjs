#!/usr/bin/env node
// The oracle for the example project: what examples/src prints when run *without* bale.
//
// It type-checks examples/src with the pinned typescript package (tests/node_modules), compiles
// each .ts file on its own to JavaScript in a temp dir (copying .js and .json as they are),
// runs the entry with node and prints its stdout. bale's bundle of the same sources must print
// exactly this (scripts/demo.sh compares).
//
//   node scripts/example-oracle.mjs           print the output
//   node scripts/example-oracle.mjs --write   rewrite examples/expected-output.txt
//   node scripts/example-oracle.mjs --check   exit 1 if examples/expected-output.txt differs
//
// Needs tests/node_modules (scripts/install-test-deps.sh installs it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'examples', 'src');
const expectedFile = path.join(root, 'examples', 'expected-output.txt');
const mode = process.argv[2] ?? '';
if (!['', '--write', '--check'].includes(mode)) {
    console.error('usage: node scripts/example-oracle.mjs [--write | --check]');
    process.exit(2);
}

function die(message) {
    console.error(`example-oracle: ${message}`);
    process.exit(1);
}

let ts;
try {
    ts = createRequire(path.join(root, 'tests', 'package.json'))('typescript');
} catch {
    die('typescript is not installed in tests/node_modules; run scripts/install-test-deps.sh');
}

const files = fs.readdirSync(srcDir).sort();
const tsFiles = files.filter((f) => f.endsWith('.ts')).map((f) => path.join(srcDir, f));

// 1. The example must be valid, strict TypeScript: an oracle built from broken code proves
// nothing. Options as a bundler-targeted project would set them.
const options = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    allowJs: true,
    verbatimModuleSyntax: true,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], // dom for `console`, without @types/node
    types: [],
};
const program = ts.createProgram(tsFiles, options);
const problems = ts.getPreEmitDiagnostics(program);
if (problems.length) {
    const host = {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => root,
        getNewLine: () => '\n',
    };
    die(`examples/src does not type-check:\n${ts.formatDiagnostics(problems, host)}`);
}

// 2. Compile file by file (as a bundler does: no cross-file type information) into a temp dir.
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bale-example-'));
try {
    for (const f of files) {
        const from = path.join(srcDir, f);
        if (f.endsWith('.ts')) {
            const js = ts.transpileModule(fs.readFileSync(from, 'utf8'), {
                fileName: f,
                compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
                reportDiagnostics: true,
            });
            if (js.diagnostics?.length) die(`${f} does not compile on its own`);
            fs.writeFileSync(path.join(out, f.replace(/\.ts$/, '.js')), js.outputText);
        } else {
            fs.copyFileSync(from, path.join(out, f));
        }
    }
    fs.writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');

    // 3. Run it. --no-warnings hides node's notice that JSON modules are experimental.
    const r = spawnSync(process.execPath, ['--no-warnings', 'main.js'], { cwd: out, encoding: 'utf8' });
    if (r.status !== 0 || r.stderr) {
        die(`the compiled example failed (status ${r.status}):\n${r.stderr}`);
    }
    const output = r.stdout;

    if (mode === '--write') {
        fs.writeFileSync(expectedFile, output);
        console.log(`wrote ${path.relative(root, expectedFile)} (${output.split('\n').length - 1} lines)`);
    } else if (mode === '--check') {
        const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8') : '';
        if (expected !== output) {
            die(`${path.relative(root, expectedFile)} is out of date; run with --write. Output now:\n${output}`);
        }
    } else {
        process.stdout.write(output);
    }
} finally {
    fs.rmSync(out, { recursive: true, force: true });
}
