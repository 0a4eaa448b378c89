// Minified output parses in node: node-check.mjs on its default corpus (the repository's own
// cases, the round trip's fixtures, test262-parser-tests pass/), in transform mode and bundled
// each file on its own. A child node runs it, since vm.SourceTextModule needs
// --experimental-vm-modules. About 10 s per variant; a sanitized build runs the first only.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import { baleBinary, sanitized } from '../e2e/util.mjs';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node-check.mjs');
const variants = [['--minify'], ['--bundle', '--minify']];

for (const flags of sanitized ? variants.slice(0, 1) : variants) {
    test(`node parses bale ${flags.join(' ')} output`, () => {
        const r = spawnSync(process.execPath,
            ['--experimental-vm-modules', '--no-warnings', script, ...flags],
            { encoding: 'utf8', env: { ...process.env, BALE: baleBinary() }, maxBuffer: 1 << 26 });
        assert.equal(r.status, 0, `${r.stdout.slice(-20000)}\n${r.stderr}`);
    });
}
