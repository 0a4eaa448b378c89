// TypeScript and JSX against the official compiler. Every program in tests/ts/cases/ is
// compiled twice — by typescript's transpileModule (the oracle, pinned in tests/package.json)
// and by bale's parser + printer (tests/tools/ts_print, until the CLI's transform mode takes
// these options) — and both outputs are run by node; they must print the same thing and end the
// same way (exit status, and the first line of an uncaught error's message).
//
// TC39 decorators in JavaScript (cases/tc39/*.js, .mjs, .jsx) are passed through, which node 20
// cannot run: bale's output must print back to itself (a fixed point), keep every `@`, and
// behave like the source once the compiler has lowered the decorators of both.
//
// `--jsx=preserve` cases: both outputs keep JSX, which node cannot run. Printed again by bale
// (which keeps JSX text and attribute strings byte for byte and normalises the rest of the
// layout) they must be the same text; then each is lowered by the compiler (classic runtime,
// the case's factory options) and they must behave the same.
//
// Options: a first line `// @bale --jsx=automatic --assign-fields …` gives the case the
// ts_print flags, mapped to the matching compiler options (see compilerOptions below).
// Helper modules live in cases/lib/ and are copied next to the outputs, so `./lib/x.mjs`
// imports resolve for both. Outputs are written to tests/ts/out/ (ignored by git) for reading
// when a case fails.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const casesDir = path.join(here, 'cases');
const outDir = path.join(here, 'out');
const require = createRequire(path.join(here, '..', 'package.json'));
const ts = require('typescript');

const tsPrint = process.env.TS_PRINT;
if (!tsPrint || !path.isAbsolute(tsPrint)) {
    throw new Error('set TS_PRINT to the absolute path of build/release/ts_print (make test-ts does)');
}

// The ts_print flags of a case (its `// @bale` line).
function caseFlags(source) {
    const m = /^\/\/ @bale (.*)$/m.exec(source.split('\n', 1)[0]);
    return m ? m[1].trim().split(/\s+/) : [];
}

// The compiler options that mean what the flags mean.
function compilerOptions(flags, file) {
    const o = {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        useDefineForClassFields: true,
        jsx: ts.JsxEmit.React,
        isolatedModules: true,
    };
    for (const f of flags) {
        const [name, value] = f.split('=');
        if (name === '--jsx') o.jsx = value === 'automatic' ? ts.JsxEmit.ReactJSX : value === 'preserve' ? ts.JsxEmit.Preserve : ts.JsxEmit.React;
        else if (name === '--jsx-dev') o.jsx = ts.JsxEmit.ReactJSXDev;
        else if (name === '--jsx-factory') o.jsxFactory = value;
        else if (name === '--jsx-fragment') o.jsxFragmentFactory = value;
        else if (name === '--jsx-import-source') o.jsxImportSource = value;
        else if (name === '--verbatim') o.verbatimModuleSyntax = true;
        else if (name === '--assign-fields') o.useDefineForClassFields = false;
        else if (name === '--experimental-decorators') o.experimentalDecorators = true;
        else if (name === '--decorator-metadata') o.emitDecoratorMetadata = true;
        else throw new Error(`${file}: unknown @bale flag ${f}`);
    }
    return o;
}

function run(cmd, args, opts = {}) {
    return new Promise((resolve) => {
        execFile(cmd, args, { timeout: 30_000, maxBuffer: 64 << 20, ...opts }, (err, stdout, stderr) => {
            resolve({ status: err ? (err.code ?? 1) : 0, stdout, stderr });
        });
    });
}

// How a program ended: its output, status and the first line of an uncaught error.
async function behaviour(file) {
    const r = await run(process.execPath, [file], { cwd: outDir });
    const error = /^(\w*Error: .*)$/m.exec(r.stderr);
    return { stdout: r.stdout, status: r.status, error: error ? error[1] : '' };
}

const cases = fs
    .readdirSync(casesDir)
    .filter((f) => /\.(ts|tsx|mts|cts|jsx)$/.test(f))
    .sort();

fs.mkdirSync(outDir, { recursive: true });
fs.cpSync(path.join(casesDir, 'lib'), path.join(outDir, 'lib'), { recursive: true });

test('the corpus is large enough', () => {
    assert.ok(cases.length >= 150, `only ${cases.length} cases`);
});

for (const name of cases) {
    test(name, async () => {
        const file = path.join(casesDir, name);
        const source = fs.readFileSync(file, 'utf8');
        const flags = caseFlags(source);
        // A .cts case is CommonJS: compiled and run as such (`import x = require`, `export =`).
        const cjs = name.endsWith('.cts');
        const options = compilerOptions(flags, name);
        if (cjs) options.module = ts.ModuleKind.CommonJS;
        const oracle = ts.transpileModule(source, {
            compilerOptions: options,
            fileName: name,
            reportDiagnostics: true,
        });
        const syntax = (oracle.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
        assert.equal(syntax.length, 0, `the compiler rejects ${name}: ${syntax.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
        const base = name.replace(/\.[^.]+$/, '');
        const ext = cjs ? 'cjs' : 'mjs';
        const tscFile = path.join(outDir, `${base}.tsc.${ext}`);
        const baleFile = path.join(outDir, `${base}.bale.${ext}`);
        fs.writeFileSync(tscFile, oracle.outputText);
        const printed = await run(tsPrint, [...flags, file]);
        assert.equal(printed.status, 0, `ts_print failed on ${name}:\n${printed.stderr}`);
        fs.writeFileSync(baleFile, printed.stdout);
        if (options.jsx === ts.JsxEmit.Preserve) {
            // Same text once both are printed by bale (layout normalised, JSX kept as is).
            const normal = [];
            for (const f of [tscFile, baleFile]) {
                const jsxFile = f.replace(/\.[^.]+$/, '.jsx'); // kept for reading
                fs.writeFileSync(jsxFile, fs.readFileSync(f, 'utf8'));
                const r = await run(tsPrint, ['--loader=jsx', '--jsx=preserve', jsxFile]);
                assert.equal(r.status, 0, `ts_print cannot read ${jsxFile}:\n${r.stderr}`);
                normal.push(r.stdout);
            }
            assert.equal(normal[1], normal[0], `${name}: bale's output (${baleFile}) does not keep the JSX tsc's keeps (${tscFile})`);
            const lowered = { ...options, jsx: ts.JsxEmit.React, allowJs: true };
            for (const f of [tscFile, baleFile]) {
                const r = ts.transpileModule(fs.readFileSync(f, 'utf8'), { compilerOptions: lowered, fileName: `${base}.jsx` });
                fs.writeFileSync(f, r.outputText);
            }
        }
        const [want, got] = await Promise.all([behaviour(tscFile), behaviour(baleFile)]);
        assert.deepEqual(got, want, `${name}: bale's output (${baleFile}) behaves differently from tsc's (${tscFile})`);
    });
}

// ---------------------------------------------------------------------------------------------
// TC39 decorators in JavaScript: printed as written.

const tc39Dir = path.join(casesDir, 'tc39');
const tc39Cases = fs
    .readdirSync(tc39Dir)
    .filter((f) => /\.(js|mjs|jsx)$/.test(f))
    .sort();

// The compiler's ES2022 output for a JavaScript module: decorators lowered to __esDecorate.
function lowerDecorators(source, fileName) {
    const r = ts.transpileModule(source, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.React, allowJs: true },
        fileName,
    });
    return r.outputText;
}

for (const name of tc39Cases) {
    test(`tc39/${name}`, async () => {
        const file = path.join(tc39Dir, name);
        const source = fs.readFileSync(file, 'utf8');
        const base = name.replace(/\.[^.]+$/, '');
        const printed = await run(tsPrint, [file]);
        assert.equal(printed.status, 0, `ts_print failed on ${name}:\n${printed.stderr}`);
        const ats = (s) => (s.replace(/(["'`]).*?\1|\/\/.*$/gm, '').match(/@/g) ?? []).length;
        assert.equal(ats(printed.stdout), ats(source), `${name}: bale's output lost or added decorators`);
        const again = path.join(outDir, `${base}.tc39.bale.mjs`);
        fs.writeFileSync(again, printed.stdout);
        const reprinted = await run(tsPrint, ['--loader=js', again]);
        assert.equal(reprinted.status, 0, `ts_print cannot read its own output for ${name}:\n${reprinted.stderr}`);
        assert.equal(reprinted.stdout, printed.stdout, `${name}: printing is not a fixed point`);
        const tscFile = path.join(outDir, `${base}.tc39.tsc.mjs`);
        const baleFile = path.join(outDir, `${base}.tc39.bale-lowered.mjs`);
        fs.writeFileSync(tscFile, lowerDecorators(source, name));
        fs.writeFileSync(baleFile, lowerDecorators(printed.stdout, `${base}.js`));
        const [want, got] = await Promise.all([behaviour(tscFile), behaviour(baleFile)]);
        assert.deepEqual(got, want, `${name}: bale's output (${again}) behaves differently once lowered`);
    });
}
