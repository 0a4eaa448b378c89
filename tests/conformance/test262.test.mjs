// Conformance with the test262-parser-tests npm package (tests/node_modules/test262-parser-tests):
//
//   pass/           every file is accepted (exit 0)
//   pass-explicit/  every pass/ file prints the same as its pass-explicit/ twin (the same
//                   program with redundant parentheses and other spellings), readable and with
//                   --minify-whitespace: byte for byte, or — because bale prints literals and
//                   escaped names verbatim ('a' vs "a", 0x10 vs 16, \u0061 vs a) — as texts that
//                   acorn parses to the same program (../roundtrip/ast-compare.mjs: positions,
//                   parentheses and literal spellings ignored, values kept). Those pairs are
//                   counted apart. Except: the package's twins are not always the same program
//                   (65 of 1981 in 0.0.5: `=> 1` vs `=> (0)`, `'1e2000'` vs `Infinity`, renamed
//                   bindings, `'constructor'` vs `constructor`), so pairs whose source ASTs
//                   differ are skipped and counted.
//   fail/           every file is rejected: exit 1, a `path:line:col: error: message` line on
//                   stderr, nothing on stdout; never a signal, other status, hang or sanitizer
//                   report. Except the files that are valid JavaScript today (the package is
//                   from 2017: class fields, '\8', U+2028 in strings…), listed with the change
//                   that made them valid in fail-now-valid.txt; node must accept each of them.
//   early/          at least 95 % are rejected the same way; the files bale may accept are listed
//                   with a reason in early-expected-failures.txt beside this file. An accepted file
//                   not on the list fails the test; a listed file that is now rejected is reported
//                   (as a diagnostic, not a failure) so the list can shrink.
//
// `*.module.js` files run with --source-type=module, the others with --source-type=script.
// bale processes run in parallel (BALE_TEST_JOBS, default the number of CPUs). One node test per
// check; a failing test lists its first failures and writes the full list to a file in the
// temp dir (named in the message). If bale cannot print even `let a = 1;`, every test fails at
// once with bale's own message rather than running ~6,000 doomed processes.
//
//   BALE=$PWD/build/bale node --test --test-reporter=spec tests/conformance/
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import * as acorn from 'acorn';

import { firstDifference } from '../roundtrip/ast-compare.mjs';
import {
    baleBinary, concurrency, failure, firstLineDiff, mapPool, nodeModules, runBale, smokeCheck,
} from '../roundtrip/bale-run.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const suite = path.join(nodeModules, 'test262-parser-tests');
const listFile = path.join(here, 'early-expected-failures.txt');
const nowValidFile = path.join(here, 'fail-now-valid.txt');
const bale = baleBinary();
const notWorking = smokeCheck(bale);

const files = (dir) => fs.readdirSync(path.join(suite, dir)).filter((f) => f.endsWith('.js')).sort();
const sourceType = (name) => (name.endsWith('.module.js') ? '--source-type=module' : '--source-type=script');
const shown = 20; // failures spelled out in a test's message; the rest go to the report file

// Runs bale over every file of a directory with the given flags; memoised, so the pass/ runs
// are shared by the tests that need them.
const runs = new Map();
function runDir(dir, flags = []) {
    const key = `${dir} ${flags.join(' ')}`;
    if (!runs.has(key)) {
        runs.set(key, (async () => {
            const names = files(dir);
            const results = await mapPool(names, concurrency,
                (name) => runBale(bale, [...flags, sourceType(name), path.join(suite, dir, name)]));
            return new Map(names.map((n, i) => [n, results[i]]));
        })());
    }
    return runs.get(key);
}

// Fails the test with a summary of `problems` ([name, text] pairs) when there are any.
function report(what, total, problems, extra = '') {
    const file = path.join(os.tmpdir(), `bale-conformance-${what.replace(/[^a-z0-9]+/gi, '-')}.txt`);
    if (problems.length === 0) {
        fs.rmSync(file, { force: true }); // a report of an earlier run
        return;
    }
    fs.writeFileSync(file, problems.map(([n, t]) => `${n}\n${t.replace(/^/gm, '    ')}\n`).join(''));
    const byKind = new Map();
    for (const [, t] of problems) {
        const k = t.split(/[:\n]/)[0];
        byKind.set(k, (byKind.get(k) ?? 0) + 1);
    }
    const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(', ');
    const list = problems.slice(0, shown).map(([n, t]) => `  ${n}: ${t.replace(/\n/g, '\n      ')}`).join('\n');
    const more = problems.length > shown ? `\n  … and ${problems.length - shown} more` : '';
    throw failure(`${what}: ${problems.length} of ${total} files failed (${kinds})${extra}\n${list}${more}\n` +
        `  full list: ${file}`, path.join(suite, what.split(' ')[0]));
}

// Names of pass/ files whose pass-explicit/ twin acorn parses to a different program.
let twinsCache;
function differentTwins() {
    if (twinsCache) return twinsCache;
    twinsCache = new Set();
    for (const name of files('pass')) {
        const opts = { ecmaVersion: 'latest', sourceType: name.endsWith('.module.js') ? 'module' : 'script' };
        try {
            const a = acorn.parse(fs.readFileSync(path.join(suite, 'pass', name), 'utf8'), opts);
            const b = acorn.parse(fs.readFileSync(path.join(suite, 'pass-explicit', name), 'utf8'), opts);
            if (firstDifference(a, b)) twinsCache.add(name);
        } catch {
            // acorn cannot judge: hold bale to the strict comparison
        }
    }
    return twinsCache;
}

// Why the printed texts a and b of twin `name` are not the same program (acorn's ASTs compared
// as in the round trip), or undefined when they are.
function outputsDiffer(name, a, b) {
    const opts = { ecmaVersion: 'latest', sourceType: name.endsWith('.module.js') ? 'module' : 'script' };
    let astA;
    let astB;
    try {
        astA = acorn.parse(a, opts);
        astB = acorn.parse(b, opts);
    } catch (e) {
        return `acorn rejects an output (${e.message}); ${firstLineDiff(a, b)}`;
    }
    const d = firstDifference(astA, astB);
    return d ? `${d.path}: ${d.message}; ${firstLineDiff(a, b)}` : undefined;
}

// True when `path:line:col: error:` names the file (as given, or any path ending in its name)
// and a line and column within it.
function errorNamesFile(errorLine, dir, name) {
    const m = /^(.+):(\d+):(\d+): error: /.exec(errorLine);
    if (!m || !m[1].endsWith(name)) return false;
    const lines = fs.readFileSync(path.join(suite, dir, name), 'utf8').split(/\r\n?|\n|\u2028|\u2029/).length;
    return Number(m[2]) >= 1 && Number(m[2]) <= lines && Number(m[3]) >= 1;
}

function skipIfBroken() {
    if (notWorking) throw failure(notWorking, bale);
}

test('test262 pass/: every file is accepted', async (t) => {
    skipIfBroken();
    const res = await runDir('pass');
    const problems = [];
    for (const [name, r] of res) {
        if (r.kind !== 'accepted') problems.push([name, `${r.kind}: ${r.message}`]);
    }
    t.diagnostic(`${res.size} files, ${res.size - problems.length} accepted`);
    report('pass/ accepted', res.size, problems);
});

for (const [label, flags] of [['readable', []], ['--minify-whitespace', ['--minify-whitespace']]]) {
    test(`test262 pass-explicit/: every pass/ file prints the same as its twin (${label})`, async (t) => {
        skipIfBroken();
        const [a, b] = await Promise.all([runDir('pass', flags), runDir('pass-explicit', flags)]);
        const problems = [];
        let spelled = 0; // texts differ, programs do not
        const notTwins = differentTwins();
        for (const [name, ra] of a) {
            const rb = b.get(name);
            if (notTwins.has(name)) continue;
            if (!rb) problems.push([name, 'missing: no pass-explicit/ twin']);
            else if (ra.kind !== 'accepted') problems.push([name, `pass/ not accepted: ${ra.kind}: ${ra.message}`]);
            else if (rb.kind !== 'accepted') {
                problems.push([name, `pass-explicit/ not accepted: ${rb.kind}: ${rb.message}`]);
            } else if (ra.stdout !== rb.stdout) {
                const diff = outputsDiffer(name, ra.stdout, rb.stdout);
                if (diff) problems.push([name, `differs: pass/ vs pass-explicit/ output, ${diff}`]);
                else spelled++;
            }
        }
        const checked = a.size - notTwins.size;
        t.diagnostic(`${checked} pairs, ${checked - problems.length} print the same (${spelled} of them ` +
            `only up to literal spellings); ${notTwins.size} pairs skipped because acorn parses them ` +
            'to different programs');
        report(`pass-explicit/ ${label}`, checked, problems);
    });
}

test('test262 fail/: every file is rejected with a path:line:col error, except those valid today', async (t) => {
    skipIfBroken();
    const res = await runDir('fail');
    const { list: nowValid, bad } = readList(nowValidFile);
    const problems = [];
    const rejectedAnyway = [];
    for (const [name, r] of res) {
        if (nowValid.has(name)) {
            if (r.kind === 'rejected') rejectedAnyway.push(name);
            else if (r.kind !== 'accepted') problems.push([name, `${r.kind}: ${r.message}`]);
        } else if (r.kind !== 'rejected') {
            problems.push([name, `${r.kind}: ${r.message}`]);
        } else if (!errorNamesFile(r.errorLine, 'fail', name)) {
            problems.push([name, `bad-error: the error line does not point into ${name}: ${r.errorLine}`]);
        }
    }
    // The list is only believable if a current engine agrees: node must accept each file.
    for (const name of nowValid.keys()) {
        if (!res.has(name)) bad.push(`${name} is listed but there is no fail/${name}`);
        const n = spawnSync(process.execPath, ['--check', path.join(suite, 'fail', name)], { encoding: 'utf8' });
        if (n.status !== 0) bad.push(`${name} is listed as valid but node rejects it: ${n.stderr.split('\n')[4] ?? ''}`);
    }
    if (bad.length) problems.push(['fail-now-valid.txt', bad.join('\n')]);
    t.diagnostic(`${res.size} files, ${res.size - nowValid.size} must be rejected, ` +
        `${res.size - nowValid.size - problems.length} are; ${nowValid.size} are valid JavaScript today ` +
        '(fail-now-valid.txt) and accepted');
    if (rejectedAnyway.length) t.diagnostic(`listed as valid yet rejected by bale: ${rejectedAnyway.join(' ')}`);
    report('fail/ rejected', res.size, problems);
});

// early-expected-failures.txt and fail-now-valid.txt: `NAME  REASON` per line; '#' starts a
// comment; blank lines ignored.
function readList(file) {
    const list = new Map();
    const bad = [];
    fs.readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
        const line = raw.replace(/#.*/, '').trim();
        if (line === '') return;
        const m = /^(\S+)\s+(\S.*)$/.exec(line);
        if (!m) bad.push(`line ${i + 1}: "${raw}" needs a file name and a reason`);
        else if (list.has(m[1])) bad.push(`line ${i + 1}: ${m[1]} is listed twice`);
        else list.set(m[1], m[2]);
    });
    return { list, bad };
}

test('test262 early/: at least 95 % rejected; only listed files accepted', async (t) => {
    skipIfBroken();
    const res = await runDir('early');
    const { list, bad } = readList(listFile);
    const problems = [];
    let rejected = 0;
    const nowRejected = [];
    for (const [name, r] of res) {
        if (r.kind === 'rejected' && !errorNamesFile(r.errorLine, 'early', name)) {
            problems.push([name, `bad-error: the error line does not point into ${name}: ${r.errorLine}`]);
        } else if (r.kind === 'rejected') {
            rejected++;
            if (list.has(name)) nowRejected.push(name);
        } else if (r.kind === 'accepted') {
            if (!list.has(name)) {
                problems.push([name, 'accepted but not listed in early-expected-failures.txt']);
            }
        } else {
            problems.push([name, `${r.kind}: ${r.message}`]); // a crash is never excused by the list
        }
    }
    for (const name of list.keys()) {
        if (!res.has(name)) bad.push(`${name} is listed but there is no early/${name}`);
    }
    const pct = (100 * rejected) / res.size;
    t.diagnostic(`${res.size} files, ${rejected} rejected (${pct.toFixed(1)} %), ${list.size} listed as allowed to pass`);
    if (nowRejected.length) {
        t.diagnostic(`now rejected, remove from early-expected-failures.txt: ${nowRejected.join(' ')}`);
    }
    const unlisted = problems.filter(([, t]) => t.startsWith('accepted')).map(([n]) => n);
    const extra = (pct < 95 ? `; only ${pct.toFixed(1)} % rejected, at least 95 % must be` : '') +
        (bad.length ? `\n  problems in early-expected-failures.txt:\n    ${bad.join('\n    ')}` : '') +
        (unlisted.length ? `\n  to excuse them, add lines like these to early-expected-failures.txt:\n` +
            unlisted.slice(0, shown).map((n) => `    ${n}  REASON (what early error bale misses)`).join('\n') : '');
    if (problems.length === 0 && (pct < 95 || bad.length)) {
        throw failure(`early/: ${extra.replace(/^; /, '')}`, listFile);
    }
    report('early/ rejected', res.size, problems, extra);
});

test('early-expected-failures.txt excuses at most 5 % of early/', () => {
    const { list, bad } = readList(listFile);
    const max = Math.floor(files('early').length * 0.05);
    if (bad.length) throw failure(bad.join('\n'), listFile);
    if (list.size > max) throw failure(`${list.size} files listed, at most ${max} (5 % of early/) may be`, listFile);
});
