// Running bale's transform mode (`bale FILE` without --bundle prints the parsed program) and
// judging one run: shared by tests/conformance/ and tests/roundtrip/. Not a test file itself.
//
// A run is classified as one of:
//   accepted   exit 0, no signal, no sanitizer report, no "error:" line on stderr
//   rejected   exit 1 with a `path:line:col: error: message` line on stderr and nothing on stdout
//   bad-error  exit 1 but without such a line, or with output on stdout
//   crash      killed by a signal, any other exit status, or a sanitizer report on stderr
//   timeout    still running after the time limit (a hang, e.g. a loop in the parser)
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const testsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const nodeModules = path.join(testsDir, 'node_modules');

// The bale binary: an absolute path in env BALE (the Makefile sets it), as for the e2e tests.
export function baleBinary() {
    const bale = process.env.BALE;
    if (!bale || !path.isAbsolute(bale)) {
        throw new Error('set BALE to the absolute path of the bale binary (make test-conformance does)');
    }
    if (!fs.existsSync(bale)) throw new Error(`BALE=${bale} does not exist; build it first`);
    return bale;
}

export const sanitized = process.env.BALE_SANITIZED === '1';
// One bale run on one file; typescript.js is the largest input (9 MB).
export const runTimeoutMs = sanitized ? 600_000 : 60_000;
// How many bale processes (or round-trip workers) run at once.
export const concurrency = Math.max(1, Number(process.env.BALE_TEST_JOBS) || os.availableParallelism());

const baleEnv = { ...process.env, NO_COLOR: '1' };
const maxBuffer = 1024 * 1024 * 1024;

const sanitizerRe = /ERROR: (AddressSanitizer|LeakSanitizer)|runtime error: |SUMMARY: (Address|Undefined)BehaviorSanitizer/;
const errorLineRe = /^(.+):(\d+):(\d+): error: (.+)$/m;

// Turns the raw outcome of a process into {kind, status, signal, stdout, stderr, message}.
// `message` is a one-line explanation for failure reports.
export function classify({ status, signal, stdout, stderr, timedOut, spawnError }) {
    const r = { status, signal, stdout: stdout ?? '', stderr: stderr ?? '' };
    const firstLines = (s, n = 6) => s.split('\n').slice(0, n).join('\n');
    if (spawnError) return { ...r, kind: 'crash', message: `could not run bale: ${spawnError}` };
    if (timedOut) return { ...r, kind: 'timeout', message: `no answer after ${runTimeoutMs / 1000} s` };
    if (sanitizerRe.test(r.stderr)) {
        return { ...r, kind: 'crash', message: `sanitizer report:\n${firstLines(r.stderr, 12)}` };
    }
    if (signal) return { ...r, kind: 'crash', message: `killed by ${signal}\n${firstLines(r.stderr)}` };
    if (status === 0) {
        const m = errorLineRe.exec(r.stderr);
        if (m) return { ...r, kind: 'bad-error', message: `exit 0 but stderr has an error: ${m[0]}` };
        return { ...r, kind: 'accepted', message: 'accepted' };
    }
    if (status === 1) {
        const m = errorLineRe.exec(r.stderr);
        if (!m) {
            return { ...r, kind: 'bad-error',
                message: `exit 1 without a "path:line:col: error: message" line; stderr:\n${firstLines(r.stderr)}` };
        }
        if (r.stdout !== '') return { ...r, kind: 'bad-error', message: `exit 1 but stdout is not empty: ${m[0]}` };
        return { ...r, kind: 'rejected', message: m[0], errorLine: m[0] };
    }
    return { ...r, kind: 'crash', message: `exit status ${status}\n${firstLines(r.stderr)}` };
}

// Synchronous run (used inside the round-trip worker threads, one run at a time each).
export function runBaleSync(bale, args) {
    const r = spawnSync(bale, args, { env: baleEnv, encoding: 'utf8', timeout: runTimeoutMs, maxBuffer });
    const timedOut = r.error?.code === 'ETIMEDOUT';
    return classify({
        status: r.status, signal: timedOut ? null : r.signal, stdout: r.stdout, stderr: r.stderr, timedOut,
        spawnError: r.error && !timedOut ? r.error.message : undefined,
    });
}

// Asynchronous run: resolves (never rejects) with a classified result.
export function runBale(bale, args) {
    return new Promise((resolve) => {
        execFile(bale, args, { env: baleEnv, encoding: 'utf8', timeout: runTimeoutMs, maxBuffer },
            (err, stdout, stderr) => {
                if (!err) return resolve(classify({ status: 0, signal: null, stdout, stderr }));
                if (err.killed && err.signal === 'SIGTERM') {
                    return resolve(classify({ status: null, signal: null, stdout, stderr, timedOut: true }));
                }
                if (typeof err.code === 'number' || err.signal) {
                    return resolve(classify({ status: typeof err.code === 'number' ? err.code : null,
                        signal: err.signal ?? null, stdout, stderr }));
                }
                resolve(classify({ spawnError: err.message, stdout, stderr }));
            });
    });
}

// Runs fn over items with at most `limit` in flight; results in input order.
export async function mapPool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    });
    await Promise.all(workers);
    return results;
}

// Checks that bale's transform mode works at all, on a one-line program. Returns undefined
// when it does, else a message explaining why every other check would fail; the harnesses
// then fail each of their tests at once with this message instead of running thousands of
// doomed processes.
export function smokeCheck(bale) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bale-smoke-'));
    try {
        const file = path.join(dir, 'smoke.js');
        fs.writeFileSync(file, 'let a = 1;\n');
        const r = runBaleSync(bale, ['--source-type=script', file]);
        if (r.kind === 'accepted' && /\blet a = 1\b/.test(r.stdout)) return undefined;
        return `bale's transform mode does not work yet, so this check was not run:\n` +
            `  $ ${bale} --source-type=script smoke.js   (smoke.js: "let a = 1;")\n` +
            `  ${r.kind}, exit ${r.status}${r.signal ? `, signal ${r.signal}` : ''}\n` +
            `  stdout: ${JSON.stringify(r.stdout.slice(0, 200))}\n` +
            `  stderr: ${JSON.stringify(r.stderr.slice(0, 400))}`;
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

// The line and column (1-based) of a UTF-16 offset, and the text of that line.
export function lineCol(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    return { line, col: offset - lineStart + 1, text: text.slice(lineStart, lineEnd) };
}

// One line of source around a column, cut to a readable width, with a caret under the column.
export function excerpt(text, offset, width = 100) {
    const { line, col, text: rawLine } = lineCol(text, offset);
    const lineText = rawLine.replace(/[\t\r]/g, ' ');
    const from = Math.max(0, col - 1 - Math.floor(width / 2));
    const shown = lineText.slice(from, from + width);
    return `${line}:${col}: ${from > 0 ? '…' : ''}${shown}${from + width < lineText.length ? '…' : ''}\n` +
        `${' '.repeat(String(line).length + String(col).length + 3 + (from > 0 ? 1 : 0) + (col - 1 - from))}^`;
}

// The first line where two texts differ, shown around the first differing column (minified
// output is one long line), for idempotence failures.
export function firstLineDiff(a, b) {
    const la = a.split('\n');
    const lb = b.split('\n');
    for (let i = 0; i < Math.max(la.length, lb.length); i++) {
        if (la[i] !== lb[i]) {
            let c = 0;
            while (la[i] !== undefined && lb[i] !== undefined && la[i][c] === lb[i][c]) c++;
            const from = Math.max(0, c - 60);
            const cut = (s) => (s === undefined ? '(no such line)'
                : `${from > 0 ? '…' : ''}${s.slice(from, from + 160)}${s.length > from + 160 ? '…' : ''}`);
            return `line ${i + 1}${c > 0 ? `, column ${c + 1}` : ''}:\n    first : ${cut(la[i])}\n    second: ${cut(lb[i])}`;
        }
    }
    return 'texts are equal';
}

// A failure with a short stack naming where to look (node's own stack is of no help here).
export function failure(message, where) {
    const e = new Error(message);
    e.stack = `${message}\n    at ${where}`;
    return e;
}
