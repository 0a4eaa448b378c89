// The resolver against its oracles, on real npm packages (tests/node_modules, installed from
// tests/package-lock.json) and on a pnpm-style symlinked tree built from copies of some of them:
//
//   --platform=node     every specifier in the packages' code resolves to the file node picks
//                       (import.meta.resolve for import/import(), require.resolve for require)
//   --platform=browser  ... to the file esbuild's resolver picks under platform browser
//
// Differences that are bale's choice are listed in KNOWN_DIFFERENCES with the reason; any
// other difference fails the package's test. docs/resolve.md explains the rules.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import { listPackages, packageQueries } from './specifiers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const nodeModules = path.join(here, '..', 'node_modules');
// Files parsed per package: enough to meet every kind of import a package has, few enough to
// keep the whole test under a minute.
const MAX_FILES_PER_PACKAGE = 120;
// node's own failures that bale must share: the package's maps forbid the path.
const MUST_FAIL_CODES = new Set(['ERR_PACKAGE_PATH_NOT_EXPORTED', 'ERR_PACKAGE_IMPORT_NOT_DEFINED']);

// (platform, package, specifier) -> why bale's answer differs from the oracle's.
const KNOWN_DIFFERENCES = [];

function tool() {
    const t = process.env.RESOLVE_TOOL;
    if (!t || !fs.existsSync(t)) throw new Error('set RESOLVE_TOOL to the resolve_tool binary (make test-resolve does)');
    return t;
}

function runJson(args, queries) {
    const r = spawnSync(process.execPath, args, { input: JSON.stringify(queries), encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
}

// bale's answers through resolve_tool, as {status, path}.
function bale(queries, flags) {
    const input = queries.map((q) => `${q.kind}\t${q.dir}\t${q.spec}\n`).join('');
    const r = spawnSync(tool(), [...flags, '--threads=2'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`resolve_tool failed: ${r.stderr}`);
    const lines = r.stdout.split('\n');
    return queries.map((_, i) => {
        const [status, ...rest] = lines[i].split('\t');
        return { status, path: rest.join('\t') };
    });
}

function known(platform, q) {
    return KNOWN_DIFFERENCES.find((k) => k.platform === platform && k.pkg === q.pkg && k.spec === q.spec);
}

// A difference between node's answer and bale's, or null when they agree.
function nodeDifference(want, got) {
    if (want.status === 'found') return got.status === 'found' && got.path === want.path ? null : want.path;
    if (want.status === 'builtin') {
        return got.status === 'external' && got.path.replace(/^node:/, '') === want.path ? null : `builtin ${want.path}`;
    }
    // node failed: bale may find more (it probes extensions in ESM, as bundlers do), except
    // where the package's own maps forbid the path.
    if (MUST_FAIL_CODES.has(want.path) && got.status !== 'error') return `an error (${want.path})`;
    return null;
}

function esbuildDifference(want, got) {
    if (want.status === 'error') return got.status === 'error' ? null : 'an error';
    if (want.status === 'disabled') return got.status === 'disabled' ? null : 'disabled';
    if (want.status === 'external') return got.status === 'external' ? null : `external ${want.path}`;
    return got.status === 'found' && got.path === want.path ? null : want.path;
}

// One test per package: every query agrees with the oracle, or is a known difference.
function comparePackages(t, platform, queries, wants, gots, differ) {
    const byPkg = new Map();
    queries.forEach((q, i) => {
        if (!byPkg.has(q.pkg)) byPkg.set(q.pkg, []);
        byPkg.get(q.pkg).push(i);
    });
    let agreed = 0;
    let excused = 0;
    for (const [pkg, indexes] of byPkg) {
        test(`${platform}: ${pkg} (${indexes.length} specifiers)`, () => {
            const bad = [];
            for (const i of indexes) {
                const d = differ(wants[i], gots[i]);
                if (d === null) agreed++;
                else if (known(platform, queries[i])) excused++;
                else bad.push(`  ${queries[i].kind} "${queries[i].spec}" from ${queries[i].dir}\n    want ${d}\n    got  ${gots[i].status} ${gots[i].path}`);
            }
            if (bad.length) throw new Error(`${bad.length} differences:\n${bad.slice(0, 20).join('\n')}`);
        });
    }
    return () => ({ agreed, excused });
}

// --- the pnpm-style tree ----------------------------------------------------------------

// Copies pkg and its dependencies into root/node_modules/.pnpm/<name>@<version>/node_modules/,
// links each dependency beside the package that needs it, and links the roots into
// root/node_modules, as pnpm lays a project out.
function buildPnpmTree(root, roots) {
    const store = path.join(root, 'node_modules', '.pnpm');
    const done = new Map(); // name -> directory of its copy
    const place = (name) => {
        if (done.has(name)) return done.get(name);
        const src = path.join(nodeModules, name);
        const pj = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8'));
        const slot = path.join(store, `${name.replace('/', '+')}@${pj.version}`, 'node_modules');
        const dest = path.join(slot, name);
        done.set(name, dest);
        fs.cpSync(src, dest, { recursive: true, filter: (p) => !p.slice(src.length).includes('/node_modules') });
        const deps = { ...pj.dependencies, ...pj.peerDependencies };
        for (const dep of Object.keys(deps).sort()) {
            if (!fs.existsSync(path.join(nodeModules, dep, 'package.json'))) continue; // optional, absent
            const depDir = place(dep);
            const link = path.join(slot, dep);
            fs.mkdirSync(path.dirname(link), { recursive: true });
            if (!fs.existsSync(link)) fs.symlinkSync(path.relative(path.dirname(link), depDir), link);
        }
        return dest;
    };
    for (const name of roots) {
        const link = path.join(root, 'node_modules', name);
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.symlinkSync(path.relative(path.dirname(link), place(name)), link);
    }
    return [...done.entries()].map(([name, dir]) => ({ name: `pnpm:${name}`, dir }));
}

// --- the tests --------------------------------------------------------------------------

const pnpmRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bale-resolve-pnpm-')));
process.on('exit', () => fs.rmSync(pnpmRoot, { recursive: true, force: true }));
const PNPM_ROOTS = ['axios', 'chalk', 'debug', 'readable-stream', 'react-dom', 'uuid'];
const pnpmPackages = buildPnpmTree(pnpmRoot, PNPM_ROOTS);
const projectFile = path.join(pnpmRoot, 'src', 'index.js');
fs.mkdirSync(path.dirname(projectFile), { recursive: true });
fs.writeFileSync(projectFile, '');

const packages = listPackages(nodeModules);
const queries = [];
for (const pkg of [...packages, ...pnpmPackages]) queries.push(...packageQueries(pkg, MAX_FILES_PER_PACKAGE));
for (const name of PNPM_ROOTS) {
    for (const kind of ['import', 'require']) {
        queries.push({ pkg: 'pnpm project', file: projectFile, dir: path.dirname(projectFile), spec: name, kind });
    }
}

test('the corpus is large enough', () => {
    const names = new Set(queries.map((q) => q.pkg));
    if (packages.length < 40) throw new Error(`only ${packages.length} packages installed`);
    if (names.size < 40) throw new Error(`only ${names.size} packages have import specifiers`);
});

const nodeWants = runJson(['--experimental-import-meta-resolve', path.join(here, 'node-oracle.mjs')], queries);
const nodeGots = bale(queries, ['--platform=node']);
const nodeSummary = comparePackages(test, 'node', queries, nodeWants, nodeGots, nodeDifference);

const browserWants = runJson([path.join(here, 'esbuild-oracle.mjs')], queries);
const browserGots = bale(queries, ['--platform=browser']);
const browserSummary = comparePackages(test, 'browser', queries, browserWants, browserGots, esbuildDifference);

test('summary', () => {
    const n = nodeSummary();
    const b = browserSummary();
    console.log(`resolve oracle: ${queries.length} queries in ${new Set(queries.map((q) => q.pkg)).size} packages; ` +
        `node: ${n.agreed} agree, ${n.excused} known differences; browser: ${b.agreed} agree, ${b.excused} known differences`);
});
