// Helpers shared by the end-to-end tests: where bale is, running it, and readable diffs.
// (Not a test file itself: node --test only picks up *.test.mjs and similar names.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The bale binary under test: an absolute path in env BALE (the Makefile sets it).
export function baleBinary() {
    const bale = process.env.BALE;
    if (!bale || !path.isAbsolute(bale)) {
        throw new Error('set BALE to the absolute path of the bale binary (make test-e2e does)');
    }
    if (!fs.existsSync(bale)) throw new Error(`BALE=${bale} does not exist; build it first`);
    return bale;
}

// True when bale was built with AddressSanitizer (make test-e2e-asan sets BALE_SANITIZED=1).
export const sanitized = process.env.BALE_SANITIZED === '1';

// Sanitized builds run several times slower; give them room before calling a run hung.
export const timeoutMs = sanitized ? 180_000 : 60_000;

// Runs a command and returns {status, signal, stdout, stderr}. Colour is turned off so that
// expected output is plain text whatever the terminal.
export function run(cmd, args, { cwd, env } = {}) {
    const r = spawnSync(cmd, args, {
        cwd,
        env: { ...process.env, NO_COLOR: '1', ...env },
        encoding: 'utf8',
        timeout: timeoutMs,
        maxBuffer: 256 * 1024 * 1024,
    });
    if (r.error) throw new Error(`could not run ${cmd}: ${r.error.message}`);
    return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

// A fresh empty directory under the system temp dir.
export function tempDir(prefix) {
    return fs.mkdtempSync(path.join(os.tmpdir(), `bale-${prefix}-`));
}

// Every file under dir (relative paths, sorted); directories are listed with a trailing '/'.
export function listTree(dir) {
    const out = [];
    const walk = (rel) => {
        for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                out.push(`${r}/`);
                walk(r);
            } else {
                out.push(r);
            }
        }
    };
    walk('');
    return out.sort();
}

// A line diff of expected vs actual ('-' expected only, '+' actual only), for failure messages.
// Inputs are small (command output), so the quadratic LCS table is fine. A missing final
// newline is shown, since it is a real difference in exact-output checks.
export function lineDiff(expected, actual) {
    const split = (s) => {
        const lines = s.split('\n');
        if (lines[lines.length - 1] === '') lines.pop();
        else lines[lines.length - 1] += '  [no newline at end]';
        return lines;
    };
    const a = split(expected);
    const b = split(actual);
    const lcs = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            out.push(`  ${a[i++]}`);
            j++;
        } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out.push(`- ${a[i++]}`);
        } else {
            out.push(`+ ${b[j++]}`);
        }
    }
    return out.join('\n');
}

// A test failure that node's reporter prints as the message and one "at" line naming the file
// to look at: the runner's own stack says nothing about why bale's output was wrong.
export function failure(message, where) {
    const e = new Error(message);
    e.stack = `${message}\n    at ${where}`;
    return e;
}

// Indents a block of text for nesting in a failure message.
export function indent(text, prefix = '    ') {
    if (text === '') return `${prefix}(empty)`;
    return text.replace(/\n$/, '').split('\n').map((l) => prefix + l).join('\n');
}
