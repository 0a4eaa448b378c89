// Real TypeScript: every .ts source that rxjs, zod, immer, mobx and redux publish (their src/
// directories) goes through bale's parser and printer (tests/tools/ts_print) without an error,
// and what comes out parses as an ES module (acorn). (Their .d.ts files are run too; bale reads
// a declaration file as empty, since nothing in it exists at run time.)
// The packages' behaviour is the bundler's business; here it is the TypeScript syntax.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const nodeModules = path.join(here, '..', 'node_modules');
const require = createRequire(path.join(here, '..', 'package.json'));
const acorn = require('acorn');
const tsPrint = process.env.TS_PRINT;

const packages = ['rxjs', 'zod', 'immer', 'mobx', 'redux'];

function walk(dir, out) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p, out);
        else if (/\.(ts|tsx|mts|cts)$/.test(e.name)) out.push(p);
    }
    return out;
}

function print(file) {
    return new Promise((resolve) => {
        execFile(tsPrint, [file], { maxBuffer: 256 << 20 }, (err, stdout, stderr) => {
            resolve({ ok: !err, stdout, stderr });
        });
    });
}

// Runs f over items, `limit` at a time.
async function pool(items, limit, f) {
    const results = [];
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await f(items[i]);
        }
    };
    await Promise.all(Array.from({ length: limit }, worker));
    return results;
}

for (const pkg of packages) {
    test(`${pkg}: every TypeScript file transforms and the output parses`, async () => {
        const files = walk(path.join(nodeModules, pkg), []);
        const sources = files.filter((f) => !/\.d\.[mc]?ts$/.test(f));
        assert.ok(sources.length > 0, `${pkg} ships no .ts sources`);
        const failures = [];
        await pool(files, 2, async (file) => {
            const r = await print(file);
            const rel = path.relative(nodeModules, file);
            if (!r.ok) {
                failures.push(`${rel}: ${r.stderr.split('\n')[0]}`);
                return;
            }
            try {
                acorn.parse(r.stdout, { ecmaVersion: 'latest', sourceType: 'module' });
            } catch (e) {
                failures.push(`${rel}: output does not parse: ${e.message}`);
            }
        });
        assert.deepEqual(failures, [], `${failures.length} of ${files.length} files failed`);
    });
}
