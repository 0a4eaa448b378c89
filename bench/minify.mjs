// minify.mjs: gzipped size of minified bundles, bale beside esbuild (and terser for reference).
//
// Each entry is bundled three ways, all for node in esm: `bale --minify`, `esbuild --minify`,
// and terser (compress + mangle, module mode) run on esbuild's unminified bundle. The table
// prints bytes and gzipped bytes (zlib level 9); the last column is bale's gzipped size relative
// to esbuild's. Sizes are reported, not asserted: tests/minify/ checks that minified bundles
// behave the same. Entries: three.js, the npm packages of tests/bundle/packages/, and
// TypeScript bundled from its .ts sources: the example application (examples/src) and the
// sources zod and rxjs publish (src/index.ts), which each bundler compiles itself.
//
// Usage: node bench/minify.mjs [name-filter]   (BALE: the bale binary, default build/bale)
// A run over every entry (no filter) also writes the table to bench/results/minify.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bale = process.env.BALE ?? path.join(root, 'build/bale');
const bin = path.join(root, 'tests/node_modules/.bin');
const packages = path.join(root, 'tests/bundle/packages');
const filter = process.argv[2] ?? '';

const entries = [['three.js', path.join(root, 'tests/bundle/three'), 'entry.mjs']];
for (const file of fs.readdirSync(packages).sort()) {
    if (/\.(mjs|cjs)$/.test(file)) entries.push([file.replace(/\.(mjs|cjs)$/, ''), packages, file]);
}
entries.push(['example-ts', path.join(root, 'examples/src'), 'main.ts']);
entries.push(['rxjs-ts', path.join(root, 'tests/node_modules/rxjs/src'), 'index.ts']);
entries.push(['zod-ts', path.join(root, 'tests/node_modules/zod/src'), 'index.ts']);

function run(cmd, args, cwd) {
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`${path.basename(cmd)} failed: ${r.stderr.slice(0, 500)}`);
}

function sizes(file) {
    const text = fs.readFileSync(file);
    return { raw: text.length, gz: zlib.gzipSync(text, { level: 9 }).length };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bale-minify-'));
const rows = [];
for (const [name, cwd, entry] of entries) {
    if (!name.includes(filter)) continue;
    const out = (tool) => path.join(tmp, `${name}.${tool}.mjs`);
    const common = ['--bundle', '--platform=node', '--format=esm'];
    const row = { name };
    try {
        run(bale, [entry, ...common, '--minify', `--outfile=${out('bale')}`, '--log-level=warning'], cwd);
        row.bale = sizes(out('bale'));
        run(path.join(bin, 'esbuild'), [entry, ...common, '--minify', `--outfile=${out('esbuild')}`, '--log-level=warning'], cwd);
        row.esbuild = sizes(out('esbuild'));
        run(path.join(bin, 'esbuild'), [entry, ...common, `--outfile=${out('plain')}`, '--log-level=warning'], cwd);
        run(path.join(bin, 'terser'), [out('plain'), '--module', '--compress', '--mangle', '-o', out('terser')], cwd);
        row.terser = sizes(out('terser'));
    } catch (e) {
        row.error = e.message.split('\n')[0];
    }
    rows.push(row);
}
fs.rmSync(tmp, { recursive: true, force: true });

const kb = (n) => (n === undefined ? '—' : (n / 1024).toFixed(1));
const pad = (s, n) => String(s).padStart(n);
console.log(`${'bundle'.padEnd(14)}${pad('bale', 10)}${pad('gz', 9)}${pad('esbuild', 10)}${pad('gz', 9)}` +
    `${pad('terser', 10)}${pad('gz', 9)}${pad('bale/esb gz', 13)}   (KiB)`);
let wins = 0;
for (const r of rows) {
    if (r.error && !r.bale) {
        console.log(`${r.name.padEnd(14)} error: ${r.error}`);
        continue;
    }
    const ratio = r.esbuild ? (r.bale.gz / r.esbuild.gz).toFixed(3) : '—';
    if (r.esbuild && r.bale.gz <= r.esbuild.gz) wins++;
    console.log(`${r.name.padEnd(14)}${pad(kb(r.bale?.raw), 10)}${pad(kb(r.bale?.gz), 9)}` +
        `${pad(kb(r.esbuild?.raw), 10)}${pad(kb(r.esbuild?.gz), 9)}${pad(kb(r.terser?.raw), 10)}` +
        `${pad(kb(r.terser?.gz), 9)}${pad(ratio, 13)}${r.error ? '   ' + r.error : ''}`);
}
console.log(`bale's gzipped bundle is no larger than esbuild's for ${wins} of ${rows.length}`);

// The committed record: exact gzipped bytes, so a thin margin shows as one.
if (!filter) {
    const commit = spawnSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
    const lines = [
        '# bale benchmark: minified sizes',
        '',
        `Measured ${new Date().toISOString().replace('T', ' ').slice(0, 19)} UTC; bale from commit ${commit}. ` +
            'Each entry bundled for node in esm by `bale --minify` and `esbuild --minify`; terser (compress + mangle) ' +
            "on esbuild's unminified bundle for reference. gz: gzip level 9, in bytes. Reproduce with `make bench` " +
            'or `make bench-minify`.',
        '',
        '| bundle | bale | bale gz | esbuild | esbuild gz | terser gz | bale/esbuild gz |',
        '|---|--:|--:|--:|--:|--:|--:|',
    ];
    for (const r of rows) {
        if (!r.bale || !r.esbuild) {
            lines.push(`| ${r.name} | error: ${r.error ?? '?'} | | | | | |`);
            continue;
        }
        lines.push(`| ${r.name} | ${r.bale.raw} | ${r.bale.gz} | ${r.esbuild.raw} | ${r.esbuild.gz} | ` +
            `${r.terser ? r.terser.gz : '—'} | ${(r.bale.gz / r.esbuild.gz).toFixed(3)} |`);
    }
    lines.push('', `bale's gzipped bundle is no larger than esbuild's for ${wins} of ${rows.length}.`, '');
    fs.writeFileSync(path.join(root, 'bench/results/minify.md'), lines.join('\n'));
}
