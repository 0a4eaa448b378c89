// The resolver against its oracles, on real npm packages (tests/node_modules, installed from
// tests/package-lock.json) and on a pnpm-style symlinked tree built from copies of some of them:
//
//   --platform=node     every specifier in the packages' code resolves to the file node picks
//                       (import.meta.resolve for import/import(), require.resolve for require)
//   --platform=browser  ... to the file esbuild's resolver picks under platform browser
//
// Differences that are bale's choice are listed in KNOWN_DIFFERENCES with the reason; any
// other difference fails the package's test. docs/resolve.md explains the rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import { bale, esbuildDifference, esbuildOracle, nodeDifference, nodeOracle } from './oracle-lib.mjs';
import { listPackages, packageQueries } from './specifiers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const nodeModules = path.join(here, '..', 'node_modules');
// Files parsed per package: enough to meet every kind of import a package has, few enough to
// keep the whole test under a minute. RESOLVE_MAX_FILES=100000 checks every file (about 17 600
// specifiers; a few minutes on a loaded machine).
const MAX_FILES_PER_PACKAGE = Number(process.env.RESOLVE_MAX_FILES || 120);

// (platform, package, specifier) -> why bale's answer differs from the oracle's.
const KNOWN_DIFFERENCES = [];

function known(platform, q) {
    return KNOWN_DIFFERENCES.find((k) => k.platform === platform && k.pkg === q.pkg && k.spec === q.spec);
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

const nodeWants = nodeOracle(queries);
const nodeGots = bale(queries, ['--platform=node']);
const nodeSummary = comparePackages(test, 'node', queries, nodeWants, nodeGots, nodeDifference);

const browserWants = esbuildOracle(queries);
const browserGots = bale(queries, ['--platform=browser']);
const browserSummary = comparePackages(test, 'browser', queries, browserWants, browserGots, esbuildDifference);

// --preserve-symlinks: the project's imports of the pnpm-linked packages keep their linked
// paths, as under node --preserve-symlinks.
test('node --preserve-symlinks: pnpm project', () => {
    const project = queries.filter((q) => q.pkg === 'pnpm project');
    const wants = nodeOracle(project, ['--preserve-symlinks']);
    const gots = bale(project, ['--platform=node', '--preserve-symlinks']);
    const bad = project.flatMap((q, i) => {
        const d = nodeDifference(wants[i], gots[i]);
        return d === null ? [] : [`  ${q.kind} "${q.spec}": want ${d}, got ${gots[i].status} ${gots[i].path}`];
    });
    if (wants.some((w) => w.path.includes('/.pnpm/'))) throw new Error('node did not keep the linked paths');
    if (bad.length) throw new Error(`differences:\n${bad.join('\n')}`);
});

test('browser --preserve-symlinks: pnpm project', () => {
    const project = queries.filter((q) => q.pkg === 'pnpm project');
    const wants = esbuildOracle(project, 'browser', { preserveSymlinks: true });
    const gots = bale(project, ['--platform=browser', '--preserve-symlinks']);
    const bad = project.flatMap((q, i) => {
        const d = esbuildDifference(wants[i], gots[i]);
        return d === null ? [] : [`  ${q.kind} "${q.spec}": want ${d}, got ${gots[i].status} ${gots[i].path}`];
    });
    if (bad.length) throw new Error(`differences:\n${bad.join('\n')}`);
});

test('summary', () => {
    const n = nodeSummary();
    const b = browserSummary();
    // Where node fails but bale finds a file: extension probing in ESM, which bundlers allow.
    const probed = queries.filter((_, i) => nodeWants[i].status === 'error' && nodeGots[i].status === 'found').length;
    const bothFail = queries.filter((_, i) => nodeWants[i].status === 'error' && nodeGots[i].status === 'error').length;
    console.log(`resolve oracle: ${queries.length} queries in ${new Set(queries.map((q) => q.pkg)).size} packages; ` +
        `node: ${n.agreed} agree (${probed} found by bale only, ${bothFail} unresolvable by both), ${n.excused} known differences; ` +
        `browser: ${b.agreed} agree, ${b.excused} known differences`);
});
