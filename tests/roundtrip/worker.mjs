// A worker process of the round trip: takes one file at a time from roundtrip.test.mjs, runs bale
// on it (synchronously: while bale runs, this process waits and the CPU is bale's) and checks the
// result with acorn. Not a test file itself. See roundtrip.test.mjs for what is checked.
// A process, not a worker thread: threads of one process fork their children one at a time
// (3.4 ms per spawn with two threads against 1.7 ms alone), processes fork in parallel.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as acorn from 'acorn';

import { firstDifference } from './ast-compare.mjs';
import { excerpt, firstLineDiff, runBaleSync } from './bale-run.mjs';

const bale = process.env.BALE;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bale-roundtrip-'));

function parse(text, sourceType, onComment) {
    return acorn.parse(text, { ecmaVersion: 'latest', sourceType, allowHashBang: true, onComment });
}

// Legal comments (esbuild's rule: /*! or //! or containing @license or @preserve), with all
// whitespace removed: a printer may re-indent a multi-line comment.
const legalRe = /^!|@license|@preserve/;
const squash = (s) => s.replace(/\s+/g, '');
function legalComments(comments) {
    return comments.filter((c) => legalRe.test(c.value)).map((c) => squash(c.value));
}

// Where bale's `path:line:col: error:` line points, as an excerpt of `text`.
function errorExcerpt(text, errorLine, label) {
    const m = /:(\d+):(\d+): error: /.exec(errorLine ?? '');
    if (!m) return '';
    const lines = text.split('\n');
    const line = Number(m[1]);
    if (line < 1 || line > lines.length) return '';
    const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Number(m[2]) - 1;
    return `\n    ${label} ${excerpt(text, Math.min(offset, text.length)).replace(/\n/, `\n${' '.repeat(label.length + 5)}`)}`;
}

const modes = [['readable', []], ['minified', ['--minify-whitespace']]];

function check(task) {
    const { file, rel } = task;
    const src = fs.readFileSync(file, 'utf8');
    const ext = path.extname(file);
    let type = task.sourceType ?? (ext === '.mjs' ? 'module' : 'script');
    let ast;
    let comments = [];
    try {
        ast = parse(src, type, comments);
    } catch (e) {
        if (task.sourceType || ext !== '.js') return { rel, excluded: `acorn (${type}) rejects it: ${e.message}` };
        try {
            type = 'module';
            comments = [];
            ast = parse(src, type, comments);
        } catch (e2) {
            return { rel, excluded: `acorn rejects it as a script (${e.message}) and as a module (${e2.message})` };
        }
    }
    const failures = [];
    const legal = legalComments(comments);
    const legalLost = {};
    const printedFile = path.join(tmp, `printed${ext}`);
    for (const [mode, flags] of modes) {
        const args = [...flags, `--source-type=${type}`];
        const fail = (kind, detail) => failures.push({ mode, kind, detail });
        const r1 = runBaleSync(bale, [...args, file]);
        if (r1.kind !== 'accepted') {
            fail(`print ${r1.kind}`, `${r1.message}${errorExcerpt(src, r1.errorLine, 'original')}`);
            continue;
        }
        const printed = r1.stdout;
        if (src.startsWith('#!') && printed.split('\n')[0] !== src.split('\n')[0].replace(/\r$/, '')) {
            fail('hashbang lost', `first line of the original is ${JSON.stringify(src.split('\n')[0])}, ` +
                `printed starts ${JSON.stringify(printed.slice(0, 80))}`);
        }
        if (legal.length) {
            const flat = squash(printed);
            legalLost[mode] = legal.filter((c) => !flat.includes(c)).length;
        }
        fs.writeFileSync(printedFile, printed);
        const r2 = runBaleSync(bale, [...args, printedFile]);
        if (r2.kind !== 'accepted') {
            fail(`reprint ${r2.kind}`, `bale does not accept its own output: ${r2.message}${errorExcerpt(printed, r2.errorLine, 'printed')}`);
        }
        // The AST check comes before idempotence: a changed program says more than changed text.
        let printedAst;
        try {
            printedAst = parse(printed, type);
        } catch (e) {
            fail('acorn rejects output', `${e.message}\n    printed ${excerpt(printed, e.pos ?? 0).replace(/\n/, '\n            ')}`);
        }
        const d = printedAst && firstDifference(ast, printedAst);
        if (d) {
            fail('AST differs', `${d.path}: ${d.message}\n` +
                `    original ${excerpt(src, d.a?.start ?? 0).replace(/\n/, '\n             ')}\n` +
                `    printed  ${excerpt(printed, d.b?.start ?? 0).replace(/\n/, '\n             ')}`);
        }
        if (r2.kind === 'accepted' && r2.stdout !== printed) {
            fail('not idempotent', `printing the printed output changes it, ${firstLineDiff(printed, r2.stdout)}`);
        }
    }
    return { rel, type, bytes: Buffer.byteLength(src), failures, legal: legal.length, legalLost };
}

process.on('message', (task) => {
    if (task === null) {
        fs.rmSync(tmp, { recursive: true, force: true });
        process.disconnect();
        return;
    }
    const t0 = performance.now();
    let result;
    try {
        result = check(task);
    } catch (e) {
        result = { rel: task.rel, failures: [{ mode: '-', kind: 'harness error', detail: e.stack }] };
    }
    result.ms = performance.now() - t0;
    process.send({ id: task.id, result });
});
