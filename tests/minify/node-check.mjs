// A differential check of the minifier against node's parser: every JavaScript file of the
// corpus goes through `bale --minify` in transform mode (one file at a time, no bundling), and
// the output must parse in node under the goal node accepts the input with. Any output node
// rejects is a bug in the printer (or in the syntax compression it does while printing).
//
// The goal of an input: a .mjs file is a module, a .cjs file CommonJS (a function body); a .js
// file a script when node compiles it as one, else a module, else CommonJS. Inputs node rejects
// under every goal (decorators, which node 20 lacks; invalid on purpose) are skipped, except
// .jsx files, which bale compiles to plain JavaScript: theirs must parse under some goal.
// Nothing runs: vm.Script, vm.SourceTextModule and vm.compileFunction only compile.
//
//   node --experimental-vm-modules --no-warnings tests/minify/node-check.mjs [--all] [FLAGS…]
//
// The default corpus (tests/minify, tests/bundle, tests/ts and tests/e2e cases, the round
// trip's fixtures and test262-parser-tests pass/) takes a few seconds; --all adds every package
// of the round trip (tests/roundtrip/packages.mjs), which takes minutes. Other arguments are
// passed to bale instead of --minify (say --minify-syntax; with --bundle, each file is bundled
// on its own, a module as esm and the others as cjs, and files whose imports do not resolve
// are skipped). Exits 1 on any finding. BALE names
// the binary (default build/bale). node-check.test.mjs runs the default corpus under make test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const nodeModules = path.join(root, 'tests/node_modules');

// Every .js/.mjs/.cjs/.jsx file under dir, sorted, skipping node_modules.
function walk(dir, out = []) {
    if (!fs.existsSync(dir))
        return out;
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
            if (e.name !== 'node_modules')
                walk(p, out);
        } else if (/\.(m|c)?jsx?$/.test(e.name)) {
            out.push(p);
        }
    }
    return out;
}

export async function corpus(all) {
    const files = [];
    for (const d of ['tests/minify', 'tests/bundle/cases', 'tests/ts/cases', 'tests/e2e/cases',
        'tests/roundtrip/fixtures'])
        walk(path.join(root, d), files);
    walk(path.join(nodeModules, 'test262-parser-tests/pass'), files);
    if (all) {
        const { packages } = await import('../roundtrip/packages.mjs');
        for (const p of packages) {
            if (p.name === 'test262-parser-tests')
                continue;
            walk(path.join(nodeModules, p.name), files);
        }
    }
    // Not the checker's own sources.
    return files.filter((f) => !f.endsWith('.test.mjs') && !f.endsWith('node-check.mjs'));
}

// Compiles code under goal ('script', 'module', 'commonjs'); returns the error or null.
function compile(code, goal) {
    try {
        if (goal === 'script')
            new vm.Script(code);
        else if (goal === 'module')
            new vm.SourceTextModule(code);
        else
            vm.compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname']);
        return null;
    } catch (e) {
        return e;
    }
}

function goalOf(file, code) {
    if (file.endsWith('.mjs'))
        return compile(code, 'module') ? null : 'module';
    if (file.endsWith('.cjs'))
        return compile(code, 'commonjs') ? null : 'commonjs';
    for (const g of ['script', 'module', 'commonjs'])
        if (!compile(code, g))
            return g;
    return null;
}

// Checks each file; returns the findings as strings.
export function check(bale, files, flags = ['--minify']) {
    const findings = [];
    let checked = 0;
    for (const file of files) {
        const code = fs.readFileSync(file, 'utf8');
        // JSX: compiled to plain JavaScript, unless it has decorators (which node 20 lacks).
        if (file.endsWith('.jsx') && /(^|[\s{;(,])@[A-Za-z_$]/.test(code))
            continue;
        const jsx = file.endsWith('.jsx');
        const goal = jsx ? null : goalOf(file, code);
        if (!goal && !jsx)
            continue;
        // Bundled (with --bundle among the flags): an ES module as esm, the rest as cjs.
        const bundle = flags.includes('--bundle');
        const format = goal === 'module' ? 'esm' : 'cjs';
        const args = bundle ? [file, ...flags, `--format=${format}`] : [file, ...flags];
        const r = spawnSync(bale, args, { encoding: 'utf8', maxBuffer: 1 << 28,
            env: { ...process.env, NO_COLOR: '1' } });
        const rel = path.relative(root, file);
        if (r.signal || r.status > 1) {
            findings.push(`${rel}: bale crashed (${r.signal || r.status})\n${r.stderr.slice(0, 2000)}`);
            continue;
        }
        if (r.status !== 0) {
            // bale rejecting what node accepts is a parser matter (test-conformance); note it.
            // A bundle may fail for want of a package the file imports: not a finding.
            if (!jsx && !bundle)
                findings.push(`${rel}: bale rejects what node accepts as a ${goal}\n${r.stderr.slice(0, 600)}`);
            continue;
        }
        checked++;
        const goals = bundle ? [format === 'esm' ? 'module' : 'commonjs']
            : jsx ? ['module', 'script'] : [goal];
        const errors = goals.map((g) => compile(r.stdout, g));
        if (errors.every((e) => e)) {
            const e = errors[0];
            findings.push(`${rel}: node rejects the output of bale ${flags.join(' ')} as a ` +
                `${goals[0]}: ${e.message}\n${excerpt(r.stdout, e)}`);
        }
    }
    return { findings, checked };
}

// The lines of V8's error report (the offending line with a caret), else the start of the text.
function excerpt(text, e) {
    const stack = String(e.stack || '');
    const i = stack.indexOf('\n\n');
    const head = i > 0 ? stack.slice(0, i) : text.slice(0, 300);
    return head.split('\n').map((l) => (l.length > 300 ? l.slice(0, 300) + '…' : l)).join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const args = process.argv.slice(2);
    const all = args.includes('--all');
    const flags = args.filter((a) => a !== '--all');
    const bale = process.env.BALE || path.join(root, 'build/bale');
    const files = await corpus(all);
    const t0 = Date.now();
    const { findings, checked } = check(bale, files, flags.length ? flags : ['--minify']);
    for (const f of findings)
        console.log(f + '\n');
    console.log(`node-check: ${checked} outputs checked of ${files.length} files, ` +
        `${findings.length} findings, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    process.exit(findings.length ? 1 : 0);
}
