// The memory report (--mem-report) checked against reality and against itself.
//
// bale counts every heap byte it allocates (16-byte block headers included, i.e. what it asked
// malloc for). Valgrind's DHAT counts every byte malloc hands out, so DHAT's "t-gmax" (the
// heap at its highest) must agree with bale's peak.bytes, up to the few allocations libc makes
// on its own (stdio buffers, thread bookkeeping). The inputs are large real files from the
// typescript package so that a real gap in accounting cannot hide inside that slack.
//
// Valgrind cannot run ASan binaries, so under BALE_SANITIZED=1 that test is skipped (it still
// shows in the count); the self-consistency tests run in both builds.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

import { baleBinary, failure, indent, run, sanitized, tempDir } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsLib = path.join(here, '..', 'node_modules', 'typescript', 'lib');
// The largest files of typescript 5.9 (about 18 MB together); four threads read them at once
// so the peak holds several at the same time.
const INPUTS = ['typescript.js', '_tsc.js', 'lib.dom.d.ts', 'lib.webworker.d.ts', 'typescript.d.ts']
    .map((f) => path.join(tsLib, f));
const STAGES = ['other', 'scan', 'link', 'generate', 'write'];
const KiB = 1024;

function inputsPresent() {
    const missing = INPUTS.filter((f) => !fs.existsSync(f));
    assert.equal(missing.length, 0,
        `missing test inputs ${missing.join(', ')}: run scripts/install-test-deps.sh (npm ci in tests/)`);
}

// bale's flags for a run over the inputs. Outputs (once bale writes any) go to a temp dir.
function baleArgs(out, reportFlags) {
    return ['--threads=4', `--outdir=${path.join(out, 'dist')}`, ...reportFlags, ...INPUTS];
}

// bale may fail today (bundling is not built yet) but must not crash, and the report must come.
function checkExit(r, what) {
    if (r.signal || (r.status !== 0 && r.status !== 1)) {
        throw failure(`${what} ended with ${r.signal ?? `status ${r.status}`}; stderr:\n${indent(r.stderr)}`,
            'tests/e2e/mem.test.mjs');
    }
}

const sum = (values) => values.reduce((a, b) => a + b, 0);
// "Close": within rel (a fraction of want) or abs bytes, whichever is larger.
function assertClose(got, want, rel, abs, what) {
    const slack = Math.max(Math.abs(want) * rel, abs);
    assert.ok(Math.abs(got - want) <= slack,
        `${what}: ${got} vs ${want} bytes, off by ${got - want} (allowed ±${Math.round(slack)})`);
}

// Checks that a JSON report is well-formed and agrees with itself.
function checkReport(rep) {
    assert.equal(rep.version, 1, 'report version');
    const { peak } = rep;
    assert.ok(Number.isInteger(peak.bytes) && peak.bytes > 0, `peak.bytes = ${peak.bytes}`);
    assert.ok(Number.isInteger(peak.blocks) && peak.blocks > 0, `peak.blocks = ${peak.blocks}`);
    assert.ok(STAGES.includes(peak.stage), `peak.stage "${peak.stage}" is not one of ${STAGES}`);
    assert.ok(peak.ms >= 0 && peak.ms <= rep.final.ms, `peak.ms ${peak.ms} not within 0..final.ms ${rep.final.ms}`);
    assert.ok(rep.final.bytes >= 0 && rep.final.bytes <= peak.bytes, `final.bytes ${rep.final.bytes} > peak`);

    // The breakdowns all describe the same moment, so they add up to the same total. They are
    // folded from per-thread counters, so allow a sliver of skew against peak.bytes.
    const comp = Object.values(peak.by_component);
    const stages = peak.by_stage;
    assert.deepEqual(Object.keys(stages).sort(), [...STAGES].sort(), 'by_stage names');
    assert.ok(comp.concat(Object.values(stages)).every((v) => Number.isInteger(v) && v >= 0),
        'breakdown values are non-negative integers');
    assert.ok('other' in peak.by_component && 'source' in peak.by_component, 'by_component names');
    assert.equal(sum(comp), sum(Object.values(stages)), 'sum of by_component == sum of by_stage');
    assertClose(sum(comp), peak.bytes, 0.01, 64 * KiB, 'sum of by_component vs peak.bytes');
    assert.ok(Array.isArray(peak.by_size_class) && peak.by_size_class.length > 0, 'by_size_class');
    for (const c of peak.by_size_class) {
        assert.ok(typeof c.class === 'string' && Number.isInteger(c.bytes) && c.bytes >= 0,
            `size class ${JSON.stringify(c)}`);
    }
    assertClose(sum(peak.by_size_class.map((c) => c.bytes)), peak.bytes, 0.01, 64 * KiB,
        'sum of by_size_class vs peak.bytes');

    assert.ok(Array.isArray(rep.timeline) && rep.timeline.length > 0, 'timeline is empty');
    let lastMs = -Infinity;
    for (const s of rep.timeline) {
        assert.ok(STAGES.includes(s.stage), `timeline stage "${s.stage}"`);
        assert.ok(s.ms >= lastMs, `timeline goes back in time: ${s.ms} ms after ${lastMs} ms`);
        assert.ok(s.bytes >= 0 && s.bytes <= peak.bytes, `timeline bytes ${s.bytes} above the peak ${peak.bytes}`);
        lastMs = s.ms;
    }
    // The OS saw the heap too (plus code and stacks); far less would mean the peak is invented.
    assert.ok(rep.maxrss_bytes > peak.bytes / 2, `maxrss_bytes ${rep.maxrss_bytes} < peak.bytes/2 (${peak.bytes / 2})`);
}

test('peak heap matches valgrind DHAT t-gmax', { skip: sanitized && 'valgrind cannot run ASan builds' }, (t) => {
    inputsPresent();
    const tmp = tempDir('dhat');
    const report = path.join(tmp, 'report.json');
    const dhatOut = path.join(tmp, 'dhat.json');
    const log = path.join(tmp, 'valgrind.log');
    const r = run('valgrind', ['--tool=dhat', `--dhat-out-file=${dhatOut}`, `--log-file=${log}`,
        baleBinary(), ...baleArgs(tmp, [`--mem-report-file=${report}`])]);
    checkExit(r, 'bale under valgrind');
    const vg = fs.readFileSync(log, 'utf8');

    // "==PID== At t-gmax: 18,715,072 bytes in 21 blocks"; the JSON profile says the same as
    // the sum of each allocation site's bytes at t-gmax ("gb"), a fallback if the text changes.
    const m = vg.match(/At t-gmax:\s+([\d,]+) bytes/);
    const dhat = m
        ? Number(m[1].replaceAll(',', ''))
        : sum(JSON.parse(fs.readFileSync(dhatOut, 'utf8')).pps.map((p) => p.gb ?? 0));
    assert.ok(dhat > 0, `no t-gmax in valgrind's output:\n${vg}`);

    const rep = JSON.parse(fs.readFileSync(report, 'utf8'));
    checkReport(rep);
    const mib = (n) => (n / 1048576).toFixed(2);
    t.diagnostic(`bale peak ${rep.peak.bytes} B (${mib(rep.peak.bytes)} MiB), DHAT t-gmax ${dhat} B`);
    // Big enough that the check means something: more than the largest input, held whole.
    const largest = Math.max(...INPUTS.map((f) => fs.statSync(f).size));
    assert.ok(rep.peak.bytes >= largest, `peak ${rep.peak.bytes} is below the largest input (${largest} B)`);
    assertClose(rep.peak.bytes, dhat, 0.05, 256 * KiB, 'bale peak.bytes vs DHAT t-gmax');
    fs.rmSync(tmp, { recursive: true, force: true });
});

test('--mem-report-file writes a consistent JSON report and nothing on stderr', () => {
    inputsPresent();
    const tmp = tempDir('memfile');
    const report = path.join(tmp, 'report.json');
    const r = run(baleBinary(), baleArgs(tmp, [`--mem-report-file=${report}`]));
    checkExit(r, 'bale');
    assert.ok(!/"version"|peak heap/i.test(r.stderr), `report leaked onto stderr:\n${r.stderr}`);
    checkReport(JSON.parse(fs.readFileSync(report, 'utf8')));
    fs.rmSync(tmp, { recursive: true, force: true });
});

test('--mem-report=json prints one JSON object on stderr', () => {
    inputsPresent();
    const tmp = tempDir('memjson');
    const r = run(baleBinary(), baleArgs(tmp, ['--mem-report=json']));
    checkExit(r, 'bale');
    // Diagnostics come first; the report is the one line that is a JSON object.
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('{'));
    assert.equal(lines.length, 1, `expected one JSON line on stderr, got:\n${r.stderr}`);
    checkReport(JSON.parse(lines[0]));
    fs.rmSync(tmp, { recursive: true, force: true });
});

test('--mem-report prints the text tables on stderr', () => {
    inputsPresent();
    const tmp = tempDir('memtext');
    const r = run(baleBinary(), baleArgs(tmp, ['--mem-report']));
    checkExit(r, 'bale');
    for (const heading of ['peak heap', 'by component', 'by stage', 'block sizes', 'maxrss']) {
        assert.ok(r.stderr.toLowerCase().includes(heading), `no "${heading}" in the report:\n${r.stderr}`);
    }
    assert.equal(r.stdout, '', 'the report goes to stderr, not stdout');
    fs.rmSync(tmp, { recursive: true, force: true });
});
