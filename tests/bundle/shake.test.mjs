// Tree shaking against esbuild (issue 6): an entry importing one function from a large package
// gives a bundle no larger than esbuild's for the same entry, and keeps no module esbuild drops.
//
// Sizes compare code, not printing style: both bundles (--minify-whitespace) are printed again by
// esbuild's transform mode, which does not tree-shake, and top-level `const`/`let` count as
// `var` (esbuild's bundler turns them into `var`, bale keeps them).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import { baleBinary, tempDir } from '../e2e/util.mjs';
import { guarded } from './known.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'shake');
const esbuild = path.join(dir, '..', '..', 'node_modules', '.bin', 'esbuild');
const bale = baleBinary();

function run(cmd, args) {
    const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, `${path.basename(cmd)} ${args.join(' ')} failed:\n${r.stderr}`);
    return r.stdout;
}

function modules(text) {
    return new Set(text.match(/^\/\/ \S+$/gm) ?? []);
}

function check(entry) {
    const out = tempDir('shake');
    try {
        const flags = [entry, '--bundle', '--format=esm', '--platform=node', '--log-level=error'];
        const ours = path.join(out, 'bale.mjs');
        const theirs = path.join(out, 'esbuild.mjs');
        run(bale, [...flags, `--outfile=${ours}`]);
        run(esbuild, [...flags, `--outfile=${theirs}`]);
        const extra = [...modules(fs.readFileSync(ours, 'utf8'))].filter((m) => !modules(fs.readFileSync(theirs, 'utf8')).has(m));
        assert.deepEqual(extra, [], 'bale keeps modules esbuild drops');
        const size = (file) => {
            run(bale, [...flags, '--minify-whitespace', `--outfile=${ours}`]);
            run(esbuild, [...flags, '--minify-whitespace', `--outfile=${theirs}`]);
            return run(esbuild, [file, '--minify-whitespace', '--log-level=error']).replace(/\b(const|let) /g, 'var ').length;
        };
        const [b, e] = [size(ours), size(theirs)];
        assert.ok(b <= e, `bale's bundle of ${entry} is ${b} bytes, esbuild's ${e}`);
        const expected = spawnSync(process.execPath, [entry], { cwd: dir, encoding: 'utf8' }).stdout;
        assert.equal(spawnSync(process.execPath, [ours], { cwd: dir, encoding: 'utf8' }).stdout, expected);
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
}

const skip = process.env.BALE_SANITIZED === '1' ? 'the release run covers it' : false;
for (const entry of fs.readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
    const name = `tree shaking ${entry}`;
    test(name, { skip }, guarded(name, () => check(entry)));
}
