#!/usr/bin/env node
// check.mjs: does a bundle work? Run by run.mjs in a child process (a broken bundle may
// throw, hang or exit), once per bundler, fixture and variant.
//
//   node bench/check.mjs FIXTURE_JSON BUNDLE [--sourcemap]
//
// Prints one line of JSON {"ok":true|false,"detail":"…"} and exits 0 either way; a
// non-zero exit or no JSON means the check itself crashed, which run.mjs also counts as a
// failed bundle.
//   three / three10x: the bundle is imported; each re-exported namespace must expose
//     working classes (vector and matrix maths, a scene graph with a mesh and its bounding
//     box), and the ten copies of three10x must be ten distinct sets of classes.
//   ts-large: the bundle is imported, exposes every namespace, and viem's own functions
//     work (parseEther/formatEther round trip, keccak256 of a known input, the mainnet chain).
//   synth*: node runs the bundle; it must print exactly the line the generator computed.
//   --sourcemap: BUNDLE.map must be a version-3 source map with sources and mappings.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

function fail(detail) {
  throw Object.assign(new Error(detail), { check: true });
}

function near(a, b) {
  return Math.abs(a - b) < 1e-9;
}

function checkThree(ns, label) {
  if (!ns || typeof ns !== 'object') fail(`${label} is not exported`);
  for (const name of ['Vector3', 'Matrix4', 'Scene', 'Mesh', 'BoxBufferGeometry', 'MeshBasicMaterial', 'Box3']) {
    if (typeof ns[name] !== 'function') fail(`${label}.${name} is not a class (got ${typeof ns[name]})`);
  }
  if (ns.REVISION !== '108') fail(`${label}.REVISION is ${JSON.stringify(ns.REVISION)}, expected "108"`);
  const v = new ns.Vector3(1, 2, 3).applyMatrix4(new ns.Matrix4().makeTranslation(1, 1, 1));
  if (!near(v.x, 2) || !near(v.y, 3) || !near(v.z, 4)) fail(`${label}: (1,2,3) translated by (1,1,1) gave ${v.toArray()}`);
  const r = new ns.Vector3(1, 0, 0).applyMatrix4(new ns.Matrix4().makeRotationZ(Math.PI / 2));
  if (!near(Math.round(r.y * 1e9) / 1e9, 1)) fail(`${label}: rotating x by 90° about z gave ${r.toArray()}`);
  const scene = new ns.Scene();
  const mesh = new ns.Mesh(new ns.BoxBufferGeometry(2, 4, 6), new ns.MeshBasicMaterial({ color: 0xff0000 }));
  mesh.position.set(10, 0, 0);
  scene.add(mesh);
  scene.updateMatrixWorld(true);
  const size = new ns.Box3().setFromObject(scene).getSize(new ns.Vector3());
  if (scene.children.length !== 1 || !near(size.x, 2) || !near(size.y, 4) || !near(size.z, 6)) {
    fail(`${label}: scene bounding box size ${size.toArray()} (children ${scene.children.length})`);
  }
  return Object.keys(ns).length;
}

async function run(fixture, bundle, sourcemap) {
  if (!fs.existsSync(bundle)) fail('no output file');
  if (fs.statSync(bundle).size === 0) fail('empty output file');
  const c = fixture.check;
  let detail;
  if (c.kind === 'synth') {
    const r = spawnSync(process.execPath, [bundle], { encoding: 'utf8', timeout: 120000 });
    const out = (r.stdout || '').trim();
    if (r.status !== 0) fail(`node exited ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n').slice(0, 3).join(' / ')}`);
    if (out !== c.expected) fail(`printed "${out.slice(0, 200)}", expected "${c.expected}"`);
    detail = 'printed the expected line';
  } else {
    const mod = await import(pathToFileURL(bundle).href);
    if (c.kind === 'three') {
      const keys = c.namespaces.map((label) => checkThree(mod[label], label));
      const classes = new Set(c.namespaces.map((label) => mod[label].Vector3));
      if (classes.size !== c.namespaces.length) fail(`${c.namespaces.length} namespaces share ${classes.size} Vector3 classes`);
      detail = `${c.namespaces.length} namespace(s) of ${keys[0]} exports work`;
    } else if (c.kind === 'ts-large') {
      const names = Object.keys(mod);
      if (names.length !== c.exports) fail(`${names.length} namespaces exported, expected ${c.exports}`);
      const { parseEther } = mod[c.parseEther];
      const { formatEther } = mod[c.formatEther];
      const { keccak256 } = mod[c.keccak256];
      const { mainnet } = mod[c.mainnet];
      if (parseEther('1.5') !== 1500000000000000000n) fail(`parseEther('1.5') gave ${parseEther('1.5')}`);
      if (formatEther(1234500000000000000n) !== '1.2345') fail(`formatEther gave ${formatEther(1234500000000000000n)}`);
      const h = keccak256('0x');
      if (h !== '0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470') fail(`keccak256('0x') gave ${h}`);
      if (mainnet?.id !== 1) fail(`mainnet.id is ${mainnet?.id}`);
      detail = `${names.length} namespaces; parseEther, formatEther, keccak256, mainnet work`;
    } else {
      fail(`unknown check kind ${c.kind}`);
    }
  }
  if (sourcemap) {
    const mapFile = `${bundle}.map`;
    if (!fs.existsSync(mapFile)) fail(`no source map ${mapFile}`);
    const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
    if (map.version !== 3) fail(`source map version ${map.version}`);
    if (!Array.isArray(map.sources) || map.sources.length === 0) fail('source map has no sources');
    if (typeof map.mappings !== 'string' || map.mappings.length === 0) fail('source map has no mappings');
    detail += `; source map: ${map.sources.length} sources`;
  }
  return detail;
}

const [fixtureFile, bundle, ...flags] = process.argv.slice(2);
const fixture = JSON.parse(fs.readFileSync(fixtureFile, 'utf8'));
try {
  const detail = await run(fixture, bundle, flags.includes('--sourcemap'));
  process.stdout.write(`${JSON.stringify({ ok: true, detail })}\n`);
} catch (err) {
  const detail = err.check ? err.message : `threw ${err && err.stack ? err.stack.split('\n').slice(0, 3).join(' / ') : String(err)}`;
  process.stdout.write(`${JSON.stringify({ ok: false, detail })}\n`);
}
// Bundles may leave timers or handles behind; the verdict is already printed.
process.exit(0);
