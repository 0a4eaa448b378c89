#!/usr/bin/env node
// fixtures.mjs: build the benchmark workloads into the bench cache, once.
//
//   node bench/fixtures.mjs [--force] [NAME…]
//
// Each fixture is a directory bench/.cache/fixtures/NAME/ with an entry file and a
// fixture.json (see describe below) that run.mjs and check.mjs read. A fixture is rebuilt only
// when its key changes: the generator's own sources, the pinned package lock and the
// fixture's parameters. Needs bench/setup.sh to have installed the npm packages. Exits
// non-zero only when the machinery breaks (a missing package, a generator that disagrees
// with node about its own program).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { generateSynth } from './lib/synth.mjs';
import { cacheDir, esbuildBinary } from './lib/paths.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cache = cacheDir();
const modulesDir = path.join(cache, 'node_modules');
const fixturesDir = path.join(cache, 'fixtures');

// The fixtures, in the order tables show them.
export const FIXTURES = [
  { name: 'three', build: buildThree, about: 'three.js r108 (three@0.108.0): src/Three.js imported as a namespace and re-exported' },
  { name: 'three10x', build: buildThree10x, about: 'ten copies of three.js r108 src/, each imported under its own namespace' },
  { name: 'ts-large', build: buildTsLarge, about: 'viem@2.57.20 TypeScript sources: every module imported as a namespace, with a tsconfig' },
  { name: 'synth2000', build: (dir) => buildSynth(dir, 2000), about: '2 000 generated ES modules (classes, barrels, cycles, several import kinds); prints a computed line' },
  { name: 'synth5000', build: (dir) => buildSynth(dir, 5000), about: '5 000 generated ES modules, same generator; prints a computed line' },
];

function sha256(...parts) {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

function fixtureKey(name) {
  const sources = ['fixtures.mjs', 'lib/synth.mjs', 'lib/filler.mjs', 'lib/prng.mjs', 'package-lock.json']
    .map((f) => fs.readFileSync(path.join(here, f)));
  return sha256(name, ...sources);
}

function writeFile(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Copy a tree, keeping only files `keep(relPath)` accepts. Returns the number of files. */
function copyTree(from, to, keep = () => true, rel = '') {
  let n = 0;
  for (const e of fs.readdirSync(path.join(from, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) n += copyTree(from, to, keep, r);
    else if (e.isFile() && keep(r)) {
      fs.mkdirSync(path.join(to, rel), { recursive: true });
      fs.copyFileSync(path.join(from, r), path.join(to, r));
      n++;
    }
  }
  return n;
}

function packageDir(name) {
  const dir = path.join(modulesDir, name);
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    throw new Error(`package ${name} is not installed in ${modulesDir}: run bench/setup.sh`);
  }
  return dir;
}

// three: the study's workload.
function buildThree(dir) {
  packageDir('three');
  writeFile(path.join(dir, 'entry.js'), "import * as THREE from 'three/src/Three.js';\nexport { THREE };\n");
  return { entry: 'entry.js', check: { kind: 'three', namespaces: ['THREE'] } };
}

// three10x: ten real copies (not links, which bundlers would resolve to one file).
function buildThree10x(dir) {
  const src = path.join(packageDir('three'), 'src');
  const names = [];
  let entry = '';
  for (let k = 0; k < 10; k++) {
    copyTree(src, path.join(dir, `copy${k}`));
    names.push(`THREE${k}`);
    entry += `import * as THREE${k} from './copy${k}/Three.js';\n`;
  }
  entry += `export { ${names.join(', ')} };\n`;
  writeFile(path.join(dir, 'entry.js'), entry);
  return { entry: 'entry.js', check: { kind: 'three', namespaces: names } };
}

// ts-large: viem's published TypeScript sources copied in as a project's src/ (its compiled
// _esm/_cjs/_types trees left out); its dependencies (ox, abitype, @noble/*, @scure/*)
// resolve from the cache's node_modules as ordinary packages. The entry imports every module
// as a namespace and re-exports it, so nothing can be dropped. Modules that (directly or
// through relative imports) need Node built-ins (node:path, node:net: the IPC transport and
// the trusted-setup loader) are left out, so the bundle is platform-neutral like the others.
function buildTsLarge(dir) {
  const viem = packageDir('viem');
  const skipDirs = new Set(['_esm', '_cjs', '_types', 'node_modules']);
  const isSource = (r) => r.endsWith('.ts') && !r.endsWith('.d.ts') && !/\.(test|bench|test-d|bench-d)\.ts$/.test(r);
  const srcDir = path.join(dir, 'src');
  copyTree(viem, srcDir, (r) => !skipDirs.has(r.split('/')[0]) && isSource(r));
  const files = [];
  (function walk(rel) {
    for (const e of fs.readdirSync(path.join(srcDir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else files.push(r);
    }
  })('');
  const set = new Set(files);
  const importRe = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;
  const deps = new Map();
  const needsNode = new Set();
  for (const f of files) {
    const text = fs.readFileSync(path.join(srcDir, f), 'utf8');
    const list = [];
    for (const m of text.matchAll(importRe)) {
      const spec = m[2];
      if (spec.startsWith('node:')) needsNode.add(f);
      if (!spec.startsWith('.')) continue;
      const base = path.posix.join(path.posix.dirname(f), spec);
      const hit = [base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}/index.ts`].find((c) => set.has(c));
      if (hit) list.push(hit);
    }
    deps.set(f, list);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const f of files) {
      if (!needsNode.has(f) && deps.get(f).some((d) => needsNode.has(d))) {
        needsNode.add(f);
        changed = true;
      }
    }
  }
  const used = new Set();
  const exportName = (f) => {
    let name = f.replace(/\.ts$/, '').replace(/\//g, '__').replace(/[^A-Za-z0-9_$]/g, '_');
    if (/^[0-9]/.test(name)) name = `_${name}`;
    while (used.has(name)) name += '_';
    used.add(name);
    return name;
  };
  const kept = files.filter((f) => !needsNode.has(f));
  const names = new Map();
  let entry = '// entry.ts: every viem source module as a namespace (generated by bench/fixtures.mjs)\n';
  for (const f of kept) {
    const name = exportName(f);
    names.set(f, name);
    entry += `import * as ${name} from './src/${f}';\n`;
  }
  entry += `export {\n${kept.map((f) => `  ${names.get(f)},`).join('\n')}\n};\n`;
  writeFile(path.join(dir, 'entry.ts'), entry);
  writeFile(path.join(dir, 'tsconfig.json'), `${JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      lib: ['ES2022', 'DOM'],
    },
    include: ['entry.ts', 'src/**/*.ts'],
  }, null, 2)}\n`);
  const need = (f) => {
    if (!names.has(f)) throw new Error(`ts-large: ${f} missing from viem's sources`);
    return names.get(f);
  };
  return {
    entry: 'entry.ts',
    tsconfig: 'tsconfig.json',
    sourceModules: kept.length,
    excluded: [...needsNode].sort(),
    check: {
      kind: 'ts-large',
      exports: kept.length,
      parseEther: need('utils/unit/parseEther.ts'),
      formatEther: need('utils/unit/formatEther.ts'),
      keccak256: need('utils/hash/keccak256.ts'),
      mainnet: need('chains/definitions/mainnet.ts'),
    },
  };
}

// synth: the generator writes the program and the line it must print; node runs the
// unbundled program once to confirm the generator's model of it.
function buildSynth(dir, n) {
  const { files, entry, expected, stats } = generateSynth(n);
  for (const [rel, text] of files) writeFile(path.join(dir, rel), text);
  writeFile(path.join(dir, 'expected.txt'), `${expected}\n`);
  const actual = execFileSync(process.execPath, [path.join(dir, entry)], { encoding: 'utf8' }).trim();
  if (actual !== expected) {
    throw new Error(`synth${n}: node printed\n  ${actual}\nbut the generator expected\n  ${expected}`);
  }
  return { entry, stats, check: { kind: 'synth', expected } };
}

// Modules and bytes as esbuild sees them (its metafile), for the tables' headers.
function measureInputs(dir, info) {
  const args = [path.join(dir, info.entry), '--bundle', '--format=esm', `--metafile=${path.join(dir, '.meta.json')}`,
    `--outfile=${path.join(dir, '.meta-out.js')}`, '--log-level=error'];
  if (info.tsconfig) args.push(`--tsconfig=${path.join(dir, info.tsconfig)}`);
  execFileSync(esbuildBinary(), args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const meta = JSON.parse(fs.readFileSync(path.join(dir, '.meta.json'), 'utf8'));
  fs.rmSync(path.join(dir, '.meta.json'));
  fs.rmSync(path.join(dir, '.meta-out.js'));
  const inputs = Object.entries(meta.inputs);
  return {
    modules: inputs.length,
    bytes: inputs.reduce((s, [, v]) => s + v.bytes, 0),
    ts: inputs.filter(([k]) => /\.tsx?$/.test(k)).length,
  };
}

/** Build (or reuse) one fixture; returns its description. */
export function ensureFixture(spec, { force = false, log = console.log } = {}) {
  const dir = path.join(fixturesDir, spec.name);
  const descFile = path.join(dir, 'fixture.json');
  const key = fixtureKey(spec.name);
  if (!force && fs.existsSync(descFile)) {
    const desc = JSON.parse(fs.readFileSync(descFile, 'utf8'));
    if (desc.key === key) return { ...desc, dir };
  }
  const t0 = Date.now();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const info = spec.build(dir);
  const inputs = measureInputs(dir, info);
  const desc = { name: spec.name, about: spec.about, key, dir, ...info, inputs, built: new Date().toISOString() };
  fs.writeFileSync(descFile, `${JSON.stringify(desc, null, 2)}\n`);
  log(`bench: fixture ${spec.name}: ${inputs.modules} modules, ${(inputs.bytes / 1048576).toFixed(1)} MiB (${Date.now() - t0} ms)`);
  return desc;
}

export function ensureFixtures(names, opts) {
  const chosen = names && names.length ? FIXTURES.filter((f) => names.includes(f.name)) : FIXTURES;
  for (const n of names || []) {
    if (!FIXTURES.some((f) => f.name === n)) throw new Error(`unknown fixture ${n} (have: ${FIXTURES.map((f) => f.name).join(', ')})`);
  }
  return chosen.map((spec) => ensureFixture(spec, opts));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  try {
    ensureFixtures(args.filter((a) => !a.startsWith('--')), { force });
  } catch (err) {
    console.error(`bench: fixtures: ${err.message}`);
    process.exit(2);
  }
}
