// Known failures of the bundle tests: tests/bundle/known-failures.txt names tests that fail
// because of a reported bale bug, one a line: `test name -- reason`, where `*` in the name
// matches any text (one line for one bug seen in several tests). Lines starting with `#` and
// blank lines are ignored.
//
// Such a test still runs its check. While the check fails, the test is reported as `todo`
// (node's test runner counts it apart from passes and failures), with the reason; once the
// check passes, the test fails and asks for its line to be removed, so a fix shows up.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'known-failures.txt');

function load() {
    const known = [];
    if (!fs.existsSync(file)) return known;
    for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#')) continue;
        const at = line.indexOf(' -- ');
        if (at < 0) throw new Error(`known-failures.txt: no " -- reason" in: ${line}`);
        const name = line.slice(0, at).trim();
        const pattern = new RegExp('^' + name.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
        known.push({ pattern, reason: line.slice(at + 4).trim() });
    }
    return known;
}

const known = load();

// Runs `check` as the body of the test `name` (t is its TestContext), inverted when the test is
// a known failure.
export async function checkKnown(t, name, check) {
    const reason = known.find((k) => k.pattern.test(name))?.reason;
    if (reason === undefined) return check();
    try {
        await check();
    } catch (e) {
        // A sanitizer report is a new bug, never the known one.
        if (/AddressSanitizer|LeakSanitizer|runtime error:/.test(String(e?.message))) throw e;
        t.todo(`known failure: ${reason}`);
        return;
    }
    throw new Error(`"${name}" passes now: remove its line from tests/bundle/known-failures.txt`);
}

// Wraps a test body: `test(name, guarded(name, () => …))`.
export function guarded(name, check) {
    return (t) => checkKnown(t, name, check);
}
