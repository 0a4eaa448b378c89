// Runs one workload of executed.test.mjs in a worker thread, so that a printed program that
// hangs can be stopped (worker.terminate()) instead of hanging the test run. Not a test file.
// workerData: {kind: 'typescript' | 'acorn' | 'terser', file}: the module to load (original or
// printed). Posts back {outputs} (name -> text) or {error}.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures');
const nodeModules = path.join(here, '..', 'node_modules');
const require = createRequire(import.meta.url);

const tsProject = path.join(fixtures, 'ts-project');
const tsFiles = fs.readdirSync(tsProject).filter((f) => /\.tsx?$/.test(f)).sort().map((f) => path.join(tsProject, f));
const tsLib = path.join(nodeModules, 'typescript', 'lib');

function runTypeScript(ts) {
    const out = {};
    const transpileOptions = [
        { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.React, jsxFactory: 'h' },
        { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.CommonJS, downlevelIteration: true,
            experimentalDecorators: true, jsx: ts.JsxEmit.React, jsxFactory: 'h', sourceMap: true },
        { target: ts.ScriptTarget.ES2017, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
            jsx: ts.JsxEmit.ReactJSX, isolatedModules: true },
    ];
    transpileOptions.forEach((compilerOptions, i) => {
        for (const file of tsFiles.filter((f) => !f.endsWith('.d.ts'))) {
            const r = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
                compilerOptions, fileName: path.basename(file), reportDiagnostics: true,
            });
            const base = `transpile${i}/${path.basename(file)}`;
            out[`${base}.js`] = r.outputText;
            if (r.sourceMapText) out[`${base}.map`] = r.sourceMapText;
            out[`${base}.diagnostics`] = (r.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n');
        }
    });
    const programOptions = [
        { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, strict: true, declaration: true,
            sourceMap: true, jsx: ts.JsxEmit.React, jsxFactory: 'h', jsxFragmentFactory: 'Fragment',
            experimentalDecorators: true, lib: ['lib.es2022.d.ts'], outDir: path.join(tsProject, 'out') },
        { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.AMD, strict: true, downlevelIteration: true,
            importHelpers: false, jsx: ts.JsxEmit.React, jsxFactory: 'h', jsxFragmentFactory: 'Fragment',
            experimentalDecorators: true, lib: ['lib.es2022.d.ts'], outFile: path.join(tsProject, 'out', 'bundle.js') },
    ];
    programOptions.forEach((options, i) => {
        const host = ts.createCompilerHost(options, true);
        host.getDefaultLibLocation = () => tsLib; // the printed copy lives elsewhere than its lib/*.d.ts
        host.getDefaultLibFileName = (o) => path.join(tsLib, ts.getDefaultLibFileName(o));
        host.writeFile = (name, text) => {
            out[`program${i}/${path.relative(tsProject, name)}`] = text;
        };
        const program = ts.createProgram(tsFiles, options, host);
        const emitted = program.emit();
        const diagnostics = ts.sortAndDeduplicateDiagnostics([...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics]);
        out[`program${i}/diagnostics`] = ts.formatDiagnostics(diagnostics, {
            getCanonicalFileName: (f) => f, getCurrentDirectory: () => tsProject, getNewLine: () => '\n',
        });
    });
    return out;
}

const suite = path.join(nodeModules, 'test262-parser-tests');
const suiteFiles = (dir) => fs.readdirSync(path.join(suite, dir)).filter((f) => f.endsWith('.js')).sort()
    .map((f) => ({ name: `${dir}/${f}`, file: path.join(suite, dir, f), module: f.endsWith('.module.js') }));
const acornInputs = () => [
    { name: 'sample-input.js', file: path.join(fixtures, 'sample-input.js'), module: false },
    { name: 'acorn.mjs', file: path.join(nodeModules, 'acorn/dist/acorn.mjs'), module: true },
    { name: 'lodash.js', file: path.join(nodeModules, 'lodash/lodash.js'), module: false },
    ...suiteFiles('pass'),
    ...suiteFiles('fail'),
];

const jsonReplacer = (k, v) => (typeof v === 'bigint' ? `${v}n` : v instanceof RegExp ? `/${v.source}/${v.flags}` : v);
function runAcorn(acorn, inputs) {
    const out = {};
    for (const { name, file, module } of inputs) {
        const comments = [];
        try {
            const ast = acorn.parse(fs.readFileSync(file, 'utf8'), {
                ecmaVersion: 'latest', sourceType: module ? 'module' : 'script', locations: true, ranges: true,
                allowHashBang: true, onComment: comments,
            });
            out[name] = JSON.stringify({ ast, comments }, jsonReplacer);
        } catch (e) {
            out[name] = `${e.name}: ${e.message} @${e.pos}`;
        }
    }
    return out;
}

const terserInputs = [
    { name: 'sample-input.js', file: path.join(fixtures, 'sample-input.js'), module: false },
    { name: 'underscore-umd.js', file: path.join(nodeModules, 'underscore/underscore-umd.js'), module: false },
    { name: 'acorn.mjs', file: path.join(nodeModules, 'acorn/dist/acorn.mjs'), module: true },
];
const terserOptions = [
    { compress: { passes: 2 }, mangle: true, sourceMap: true },
    { compress: { unsafe: true, toplevel: true, pure_getters: true }, mangle: { toplevel: true },
        format: { comments: 'some', ascii_only: true }, sourceMap: { includeSources: true } },
];

async function runTerser(terser) {
    const out = {};
    for (const { name, file, module } of terserInputs) {
        const code = fs.readFileSync(file, 'utf8');
        for (const [i, options] of terserOptions.entries()) {
            try {
                const r = await terser.minify({ [name]: code }, { ...structuredClone(options), module }); // terser mutates options
                out[`${name} options${i}`] = r.code;
                out[`${name} options${i}.map`] = typeof r.map === 'string' ? r.map : JSON.stringify(r.map);
            } catch (e) {
                out[`${name} options${i}`] = `threw ${e.message}`;
            }
        }
    }
    return out;
}

const workloads = {
    typescript: async (file) => {
        const ts = require(file);
        if (typeof ts.createProgram !== 'function') throw new Error(`${file} exports no createProgram`);
        return runTypeScript(ts);
    },
    acorn: async (file) => {
        const acorn = file.endsWith('.mjs') ? await import(pathToFileURL(file).href) : require(file);
        if (typeof acorn.parse !== 'function') throw new Error(`${file} exports no parse`);
        return runAcorn(acorn, acornInputs());
    },
    terser: async (file) => {
        const terser = require(file);
        if (typeof terser.minify !== 'function') throw new Error(`${file} exports no minify`);
        return runTerser(terser);
    },
};

try {
    parentPort.postMessage({ outputs: await workloads[workerData.kind](workerData.file) });
} catch (e) {
    parentPort.postMessage({ error: e.stack ?? String(e) });
}
