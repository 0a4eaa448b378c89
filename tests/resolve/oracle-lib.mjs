// What the resolver's oracle tests share: running resolve_tool and the two oracles, and
// comparing answers. (Not a test file itself: node --test only picks up *.test.mjs.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// node's own failures that bale must share: the package's maps forbid the path.
const MUST_FAIL_CODES = new Set(['ERR_PACKAGE_PATH_NOT_EXPORTED', 'ERR_PACKAGE_IMPORT_NOT_DEFINED']);

function tool() {
    const t = process.env.RESOLVE_TOOL;
    if (!t || !fs.existsSync(t)) throw new Error('set RESOLVE_TOOL to the resolve_tool binary (make test-resolve does)');
    return t;
}

export function runJson(args, queries) {
    const r = spawnSync(process.execPath, args, { input: JSON.stringify(queries), encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
}

// bale's answers through resolve_tool, as {status, path}.
export function bale(queries, flags, cwd = undefined) {
    const input = queries.map((q) => `${q.kind}\t${q.dir}\t${q.spec}\n`).join('');
    const r = spawnSync(tool(), [...flags, '--threads=2'], { input, cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`resolve_tool failed: ${r.stderr}`);
    const lines = r.stdout.split('\n');
    return queries.map((_, i) => {
        const [status, ...rest] = lines[i].split('\t');
        return { status, path: rest.join('\t') };
    });
}

// A difference between node's answer and bale's, or null when they agree.
export function nodeDifference(want, got) {
    if (want.status === 'found') return got.status === 'found' && got.path === want.path ? null : want.path;
    if (want.status === 'builtin') {
        return got.status === 'external' && got.path.replace(/^node:/, '') === want.path ? null : `builtin ${want.path}`;
    }
    // node failed: bale may find more (it probes extensions in ESM, as bundlers do), except
    // where the package's own maps forbid the path.
    if (MUST_FAIL_CODES.has(want.path) && got.status !== 'error') return `an error (${want.path})`;
    return null;
}

export function esbuildDifference(want, got) {
    if (want.status === 'error') return got.status === 'error' ? null : 'an error';
    if (want.status === 'disabled') return got.status === 'disabled' ? null : 'disabled';
    if (want.status === 'external') return got.status === 'external' ? null : `external ${want.path}`;
    return got.status === 'found' && got.path === want.path ? null : want.path;
}


// node's answers ({status: found|builtin|error, path}) for queries {file, spec, kind}.
export function nodeOracle(queries, flags = []) {
    return runJson([...flags, '--experimental-import-meta-resolve', path.join(here, 'node-oracle.mjs')], queries);
}

// esbuild's answers under platform browser ({status: found|disabled|external|error, path}).
export function esbuildOracle(queries, platform = 'browser', extra = {}) {
    return runJson([path.join(here, 'esbuild-oracle.mjs'), platform, JSON.stringify(extra)], queries);
}
