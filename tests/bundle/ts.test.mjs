// TypeScript projects bundled against the official compiler (issue 4: cross-module const enum
// inlining). Every folder under tests/bundle/ts-cases/ is a program of several .ts modules with
// the entry main.ts. The oracle is `typescript` compiling the whole program at once (a Program,
// not transpileModule, so const enums are inlined across modules as `tsc` does without
// isolatedModules; preserveConstEnums keeps the enum objects, as bale does) to CommonJS, run by
// node. bale bundles main.ts in every format, plain and --minify, with 1 and 8 threads (the
// bundles must be byte-identical); each bundle must print what the compiled program prints.
//
// The TypeScript sources of immer and mobx, which read their const enums across modules, are
// bundled too (esm, plain and --minify); a workload in tests/bundle/ts-packages/ must print the
// same with the bundle as with the package's published build, and no enum read may be left.
//
// A case folder may also hold, checked on the plain esm bundle:
//   output-excludes   regular expressions, one a line, that must not match the bundle
//                     (`\bE\.A\b`: the member read was inlined; `var E\b`: the enum was dropped)
//   output-includes   regular expressions that must match it
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { baleBinary, lineDiff, tempDir } from '../e2e/util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'package.json'));
const ts = require('typescript');
const bale = baleBinary();
const timeout = process.env.BALE_SANITIZED === '1' ? 600_000 : 120_000;

function runNode(file, cwd) {
    const r = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8', timeout });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The program as the compiler builds it: every module of the folder, emitted to `out`.
function compile(dir, out) {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
    const program = ts.createProgram(files, {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        preserveConstEnums: true,
        strict: false,
        noEmitOnError: false,
        outDir: out,
        rootDir: dir,
    });
    const syntax = program.getSyntacticDiagnostics();
    assert.equal(syntax.length, 0, ts.formatDiagnostics(syntax, ts.createCompilerHost({})));
    program.emit();
    return runNode(path.join(out, 'main.js'), out);
}

const extension = { esm: '.mjs', cjs: '.cjs', iife: '.cjs' };

function bundle(dir, out, format, extra) {
    const outfile = path.join(out, `out-${format}${extra.length ? '-min' : ''}${extension[format]}`);
    const args = ['main.ts', '--bundle', `--format=${format}`, `--outfile=${outfile}`, '--log-level=warning', ...extra];
    const r1 = spawnSync(bale, [...args, '--threads=1'], { cwd: dir, encoding: 'utf8', timeout });
    assert.equal(r1.status, 0, `bale ${args.join(' ')} failed:\n${r1.stderr}`);
    const first = fs.readFileSync(outfile, 'utf8');
    const r8 = spawnSync(bale, [...args, '--threads=8'], { cwd: dir, encoding: 'utf8', timeout });
    assert.equal(r8.status, 0, r8.stderr);
    assert.ok(fs.readFileSync(outfile, 'utf8') === first, `${format}: output differs between --threads=1 and --threads=8`);
    return { outfile, text: first };
}

function patterns(file) {
    if (!fs.existsSync(file)) return [];
    return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((p) => new RegExp(p));
}

const casesDir = path.join(here, 'ts-cases');
for (const name of fs.readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, name);
    test(`ts case ${name}`, () => {
        const out = tempDir('bale-ts-bundle-');
        try {
            const expected = compile(dir, out);
            assert.equal(expected.status, 0, `the compiled program fails:\n${expected.stderr}`);
            assert.ok(expected.stdout.length > 0, 'the compiled program prints nothing');
            for (const extra of [[], ['--minify']]) {
                for (const format of ['esm', 'cjs', 'iife']) {
                    const { outfile, text } = bundle(dir, out, format, extra);
                    const got = runNode(outfile, out);
                    if (got.stdout !== expected.stdout || got.status !== 0) {
                        assert.fail(`${format} ${extra.join(' ')} bundle behaves differently (- tsc, + bale):\n` +
                            lineDiff(expected.stdout, got.stdout) + `\n${got.stderr.slice(0, 2000)}`);
                    }
                    if (format !== 'esm' || extra.length) continue;
                    for (const re of patterns(path.join(dir, 'output-excludes')))
                        assert.doesNotMatch(text, re, `the bundle matches ${re}:\n${text}`);
                    for (const re of patterns(path.join(dir, 'output-includes')))
                        assert.match(text, re, `the bundle does not match ${re}:\n${text}`);
                }
            }
        } finally {
            fs.rmSync(out, { recursive: true, force: true });
        }
    });
}

const modulesDir = path.join(here, '..', 'node_modules');
const packages = [
    { name: 'immer', source: 'immer/src/immer.ts', dist: 'immer/dist/immer.mjs', reads: /\bArchType\./, flags: [] },
    {
        name: 'mobx',
        source: 'mobx/src/mobx.ts',
        dist: 'mobx/dist/mobx.esm.js',
        reads: /\b(MakeResult|IDerivationState_)\./,
        flags: ['--define:__DEV__=true'],
    },
];
const packageTests = process.env.BALE_SANITIZED === '1' ? [] : packages;
for (const p of packageTests) {
    test(`ts package ${p.name} from its sources`, () => {
        const workload = path.join(here, 'ts-packages', `${p.name}.mjs`);
        const dist = spawnSync(process.execPath, [workload, path.join(modulesDir, p.dist)], { encoding: 'utf8', timeout });
        assert.equal(dist.status, 0, dist.stderr);
        const out = tempDir('bale-ts-package-');
        try {
            for (const extra of [[], ['--minify']]) {
                const outfile = path.join(out, `${p.name}${extra.length ? '.min' : ''}.mjs`);
                const args = [p.source, '--bundle', '--format=esm', `--outfile=${outfile}`, '--log-level=error', ...p.flags, ...extra];
                const r = spawnSync(bale, args, { cwd: modulesDir, encoding: 'utf8', timeout });
                assert.equal(r.status, 0, `bale ${args.join(' ')} failed:\n${r.stderr}`);
                if (!extra.length) assert.doesNotMatch(fs.readFileSync(outfile, 'utf8'), p.reads);
                const got = spawnSync(process.execPath, [workload, outfile], { encoding: 'utf8', timeout });
                assert.equal(got.stdout, dist.stdout, `${extra.join(' ')} bundle differs (- published, + bale):\n` +
                    lineDiff(dist.stdout, got.stdout) + `\n${got.stderr.slice(0, 2000)}`);
            }
        } finally {
            fs.rmSync(out, { recursive: true, force: true });
        }
    });
}
