// End-to-end cases: every folder under tests/e2e/cases/ is one test.
//
// A case folder holds its input files and:
//   args                 the bale command line after `bale`, one argument per line (required;
//                        an empty file means no arguments). `$OUT` expands to a fresh temp dir.
//   stdout               exact expected stdout of bale       (absent: stdout must be empty,
//   stdout-starts-with   ... or a prefix it must start with    unless stdout-starts-with is given)
//   stderr               exact expected stderr of bale       (absent: stderr must be empty,
//   stderr-starts-with   ... or a prefix it must start with    unless stderr-starts-with is given)
//   status               expected exit status (default 0)
//   known-failure        optional: the reason, when the case shows a reported bug (see below)
//   run-stdout           expected stdout of `node $OUT/out.js` (bundling cases, status 0 only;
//                        $OUT has no package.json, so node runs out.js as CommonJS: give such
//                        cases --format=cjs or iife)
//
// bale runs with the case folder as its cwd and NO_COLOR=1. Always checked as well: bale is not
// killed by a signal, it leaves its case folder as it found it (outputs belong in $OUT), and on
// a non-zero exit it writes nothing into $OUT. Under ASan (BALE_SANITIZED=1) the same
// expectations hold: a clean sanitized run prints nothing extra on stderr.
//
// Name input files so node's test runner does not take them for tests (avoid test.js,
// *.test.js, *-test.js, *_test.js, test-*.js and folders named test).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import { baleBinary, failure, indent, lineDiff, listTree, run, tempDir } from './util.mjs';

const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
function readSpec(dir, name) {
    const p = path.join(dir, name);
    return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
}

// One argument per line; the file's final newline ends the last argument, it is not an extra
// empty one.
function parseArgs(text, out) {
    if (text === '') return [];
    return text.replace(/\n$/, '').split('\n').map((a) => a.replaceAll('$OUT', out));
}

// Checks one output stream against an exact file, a prefix file, or emptiness.
function checkStream(problems, what, actual, exact, prefix) {
    if (exact !== undefined) {
        if (actual !== exact) {
            problems.push(`${what} differs (- expected, + actual):\n${indent(lineDiff(exact, actual))}`);
        }
    } else if (prefix !== undefined) {
        if (!actual.startsWith(prefix)) {
            problems.push(`${what} should start with:\n${indent(prefix)}\n  but begins:\n` +
                indent(actual.slice(0, prefix.length + 200)));
        }
    } else if (actual !== '') {
        problems.push(`${what} should be empty but was:\n${indent(actual)}`);
    }
}

function runCase(name) {
    const dir = path.join(casesDir, name);
    const argsText = readSpec(dir, 'args');
    assert.ok(argsText !== undefined, `case ${name} has no args file`);
    const statusText = readSpec(dir, 'status');
    const expectedStatus = statusText === undefined ? 0 : Number(statusText.trim());
    assert.ok(Number.isInteger(expectedStatus), `case ${name}: status file must hold an integer`);

    const out = tempDir('e2e-out');
    const args = parseArgs(argsText, out);
    const before = listTree(dir);
    const r = run(baleBinary(), args, { cwd: dir });
    const command = `cd tests/e2e/cases/${name} && bale ${args.map((a) => JSON.stringify(a)).join(' ')}`;

    const problems = [];
    if (r.signal) problems.push(`bale was killed by ${r.signal}`);
    else if (r.status !== expectedStatus) problems.push(`exit status ${r.status}, expected ${expectedStatus}`);
    checkStream(problems, 'stdout', r.stdout, readSpec(dir, 'stdout'), readSpec(dir, 'stdout-starts-with'));
    checkStream(problems, 'stderr', r.stderr, readSpec(dir, 'stderr'), readSpec(dir, 'stderr-starts-with'));

    const after = listTree(dir);
    const added = after.filter((f) => !before.includes(f));
    const removed = before.filter((f) => !after.includes(f));
    if (added.length || removed.length) {
        problems.push(`bale changed its case folder (outputs belong in $OUT): ` +
            `added [${added.join(', ')}], removed [${removed.join(', ')}]`);
    }
    const written = listTree(out);
    if (r.status !== 0 && written.length) {
        problems.push(`bale failed yet wrote into $OUT: ${written.join(', ')}`);
    }

    // The behaviour of the bundle itself, once bale produces one.
    const runStdout = readSpec(dir, 'run-stdout');
    if (runStdout !== undefined && r.status === 0 && expectedStatus === 0) {
        const bundle = path.join(out, 'out.js');
        if (!fs.existsSync(bundle)) {
            problems.push(`no bundle at $OUT/out.js (bale wrote: ${written.join(', ') || 'nothing'})`);
        } else {
            const n = run(process.execPath, [bundle], { cwd: out });
            if (n.status !== 0 || n.signal) {
                problems.push(`node $OUT/out.js exited with ${n.signal ?? n.status}; its stderr:\n${indent(n.stderr)}`);
            }
            checkStream(problems, 'stdout of node $OUT/out.js', n.stdout, runStdout, undefined);
        }
    }

    if (problems.length) {
        let msg = `${command}\n` + problems.map((p) => `- ${p}`).join('\n');
        if (r.stderr && !problems.some((p) => p.startsWith('stderr'))) {
            msg += `\nbale's stderr:\n${indent(r.stderr)}`;
        }
        // Keep what bale wrote, to look at.
        if (written.length) msg += `\n$OUT kept at ${out}`;
        else fs.rmSync(out, { recursive: true, force: true });
        throw failure(msg, `tests/e2e/cases/${name}/`);
    }
    fs.rmSync(out, { recursive: true, force: true });
}

const names = fs.readdirSync(casesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

test('e2e cases folder is not empty', () => {
    assert.ok(names.length > 0, `no case folders under ${casesDir}`);
});

// A case folder with a file `known-failure` (one line: the reason) shows a reported bale bug: the
// case is reported as todo while it fails, and fails once it passes, so the file gets removed.
for (const name of names) {
    const reason = readSpec(path.join(casesDir, name), 'known-failure');
    if (reason === undefined) {
        test(name, () => runCase(name));
        continue;
    }
    test(name, (t) => {
        try {
            runCase(name);
        } catch {
            t.todo(`known failure: ${reason.trim()}`);
            return;
        }
        throw new Error(`${name} passes now: remove tests/e2e/cases/${name}/known-failure`);
    });
}
