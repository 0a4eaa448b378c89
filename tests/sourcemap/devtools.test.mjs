// Source maps as Chrome DevTools reads them: bale bundles a small page (tests/sourcemap/devtools:
// a JavaScript entry, a JavaScript module and two TypeScript modules) as a browser iife with a
// map, a local HTTP server serves it, and headless Chromium (Debian's /usr/bin/chromium, driven
// by playwright-core over the DevTools protocol) loads it. The page throws a RangeError from a
// function nested in format.ts, four calls below the entry. The test then does what the DevTools
// front end does:
//
//   1. `Debugger.scriptParsed` must report the bundle's `sourceMapURL`, and the map is loaded
//      through the browser with `Network.loadNetworkResource` + `IO.read` (the front end's way),
//      so the server must see Chromium ask for the .map; an inline map is decoded from its data
//      URL instead, and then no .map may be asked for.
//   2. Every frame Chromium reports for the uncaught error (`Runtime.exceptionThrown`'s stack,
//      where a frame is the `new RangeError` and each caller's call) and every frame of the pause
//      at the throw (`Debugger.paused`, where the top frame is the `throw`) is resolved through
//      that map with @jridgewell/trace-mapping, as DevTools does (nearest mapping at or before
//      the column), and must land on the expected original file, line and column, with the
//      mapping starting exactly at the frame's column; a mapping's name, where there is one
//      (minified), must be the original identifier there. The map's sourcesContent for those
//      files must be the files' text.
//
// Variants: a linked map, --minify (one line, renamed identifiers) and an inline map. A control
// serves the linked bundle shifted by one line under its own map and requires the check to fail,
// so the check cannot pass by accident.
//
// Chromium must start: when it does not, the tests fail. BALE_SKIP_CHROMIUM=1 turns that into a
// skip, for a machine that cannot have it (CI installs it: scripts/install-test-deps.sh).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { TraceMap, decodedMappings, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright-core';

import { baleBinary, tempDir } from '../e2e/util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, 'devtools');
const bale = baleBinary();
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const skipWithoutChromium = process.env.BALE_SKIP_CHROMIUM === '1';

// The frames of the error, innermost first: the file and a text found once in it, whose first
// character is where the frame must resolve to. Array.prototype.map's own frames are native and
// carry no position. Below these, the last frame is the iife's call, bale's own code.
const errorFrames = [
    ['format.ts', 'new RangeError('], // pad: the error is made here
    ['format.ts', 'pad(WIDTH)'], // formatCell
    ['render.js', 'formatCell(value, index'], // the arrow in renderRow
    ['render.js', 'map((value)'], // renderRow
    ['render.js', 'renderRow(row, index))'], // the arrow in renderTable
    ['render.js', 'map((row, index)'], // renderTable
    ['app.js', 'renderTable(prices)'], // the entry's top level
];
// Paused on the uncaught exception, the top frame is at the throw itself.
const pausedFrames = [['format.ts', 'throw new RangeError'], ...errorFrames.slice(1)];

const variants = {
    linked: ['--sourcemap'],
    minify: ['--sourcemap', '--minify'],
    inline: ['--sourcemap=inline'],
};

// Where `text` is in a fixture file: 0-based line and UTF-16 column, as in a map.
function locate(file, text) {
    const source = fs.readFileSync(path.join(fixture, file), 'utf8');
    const at = source.indexOf(text);
    assert.ok(at >= 0 && source.indexOf(text, at + 1) < 0, `${JSON.stringify(text)} is not once in ${file}`);
    const before = source.slice(0, at).split('\n');
    return { line: before.length - 1, column: before.at(-1).length };
}

// The identifier at the start of `text` (`map`, `formatCell`), or null (`new`, `throw`).
function calleeName(text) {
    const m = text.match(/^[A-Za-z_$][\w$]*/);
    return m && !['new', 'throw'].includes(m[0]) ? m[0] : null;
}

function bundle(out, variant) {
    const outfile = path.join(out, 'app.js');
    const args = [path.join(fixture, 'app.js'), '--bundle', '--format=iife', '--platform=browser',
        `--outfile=${outfile}`, '--log-level=warning', ...variants[variant]];
    const r = spawnSync(bale, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, `bale ${args.join(' ')} failed:\n${r.stderr}`);
    fs.writeFileSync(path.join(out, 'index.html'),
        '<!doctype html>\n<title>bale</title>\n<body>\n<script src="app.js"></script>\n</body>\n');
    return outfile;
}

// A static server over `dir` on a free loopback port; `requests` logs every path asked for.
async function serve(dir) {
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
    const requests = [];
    const server = http.createServer((req, res) => {
        const name = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        requests.push(name);
        const file = path.join(dir, path.normalize(name));
        if (!file.startsWith(dir + path.sep) || !fs.existsSync(file)) {
            res.writeHead(404).end();
            return;
        }
        res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
        res.end(fs.readFileSync(file));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, requests, base: `http://127.0.0.1:${server.address().port}/` };
}

let browser = null;
let launchError = null;
before(async () => {
    try {
        browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-dev-shm-usage'], timeout: 30_000 });
    } catch (e) {
        launchError = e;
    }
});
after(async () => {
    await browser?.close();
});

function needBrowser(t) {
    if (browser) return true;
    if (skipWithoutChromium) {
        t.skip(`BALE_SKIP_CHROMIUM=1 and ${chromiumPath} did not start`);
        return false;
    }
    throw new Error(`headless Chromium (${chromiumPath}) did not start; scripts/install-test-deps.sh installs it ` +
        `(BALE_SKIP_CHROMIUM=1 skips these tests):\n${launchError?.message}`);
}

// Reads a resource the way DevTools loads a source map: through the page's network stack.
async function loadThroughBrowser(cdp, url) {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { resource } = await cdp.send('Network.loadNetworkResource',
        { frameId: frameTree.frame.id, url, options: { disableCache: true, includeCredentials: false } });
    assert.ok(resource.success && resource.httpStatusCode === 200, `Chromium could not load ${url}: ${JSON.stringify(resource)}`);
    let text = '';
    for (;;) {
        const chunk = await cdp.send('IO.read', { handle: resource.stream });
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
        if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: resource.stream });
    return text;
}

// Opens dir/index.html in a new page; returns what Chromium said about the bundle and its error,
// and the map as DevTools would load it.
async function openPage(dir) {
    const { server, requests, base } = await serve(dir);
    const page = await browser.newPage();
    try {
        const cdp = await page.context().newCDPSession(page);
        const bundleUrl = base + 'app.js';
        let parsed = null;
        let thrown = null;
        let paused = null;
        cdp.on('Debugger.scriptParsed', (e) => {
            if (e.url === bundleUrl) parsed = e;
        });
        cdp.on('Runtime.exceptionThrown', (e) => {
            thrown = e.exceptionDetails;
        });
        cdp.on('Debugger.paused', (e) => {
            paused = e.callFrames;
            cdp.send('Debugger.resume').catch(() => {});
        });
        await cdp.send('Runtime.enable');
        await cdp.send('Debugger.enable');
        await cdp.send('Debugger.setPauseOnExceptions', { state: 'uncaught' });
        await page.goto(base + 'index.html', { waitUntil: 'load', timeout: 15_000 });
        for (let i = 0; i < 100 && !(thrown && paused); i++) await new Promise((r) => setTimeout(r, 20));

        assert.ok(parsed, `Chromium parsed no script at ${bundleUrl}`);
        assert.ok(parsed.sourceMapURL, 'Chromium found no sourceMappingURL in the bundle');
        const mapUrl = new URL(parsed.sourceMapURL, bundleUrl).href;
        let mapText;
        if (mapUrl.startsWith('data:')) {
            const m = mapUrl.match(/^data:application\/json(?:;charset=utf-8)?;base64,(.*)$/);
            assert.ok(m, `unexpected data URL ${mapUrl.slice(0, 60)}`);
            mapText = Buffer.from(m[1], 'base64').toString('utf8');
        } else {
            mapText = await loadThroughBrowser(cdp, mapUrl);
        }
        assert.ok(thrown, 'Chromium reported no uncaught exception');
        assert.ok(paused, 'Chromium did not pause on the exception');
        return { parsed, mapUrl, map: JSON.parse(mapText), thrown, paused, requests };
    } finally {
        await page.close();
        server.close();
    }
}

// Resolves bundle positions (0-based line and column, as CDP gives them) through the map and
// compares them with `expected`; returns the differences, one line each.
function compareFrames(map, mapDir, frames, expected) {
    const trace = new TraceMap(map);
    const lines = decodedMappings(trace);
    const problems = [];
    if (frames.length !== expected.length + 1) {
        problems.push(`${frames.length} frames in the bundle, expected ${expected.length} + the iife's call`);
    }
    expected.forEach(([file, text], i) => {
        const f = frames[i];
        if (!f) return;
        const want = locate(file, text);
        const wantFile = path.join(fixture, file);
        const got = originalPositionFor(trace, { line: f.line + 1, column: f.column });
        const gotFile = got.source === null ? null : path.resolve(mapDir, got.source);
        const exact = lines[f.line]?.some((s) => s[0] === f.column);
        const name = calleeName(text);
        const where = `frame ${i} (${f.functionName || 'anonymous'} at ${f.line + 1}:${f.column + 1})`;
        if (gotFile !== wantFile || got.line !== want.line + 1 || got.column !== want.column) {
            problems.push(`${where} -> ${got.source}:${got.line}:${got.column + 1}, expected ${file}:${want.line + 1}:${want.column + 1}`);
        } else if (!exact) {
            problems.push(`${where}: no mapping starts at that column (found one before it)`);
        } else if (got.name !== null && got.name !== name) {
            problems.push(`${where}: named ${JSON.stringify(got.name)}, expected ${JSON.stringify(name)}`);
        }
    });
    // The iife's call is bale's own code: nothing may map exactly there.
    const last = frames[expected.length];
    if (last && lines[last.line]?.some((s) => s[0] === last.column)) {
        problems.push(`the iife's call at ${last.line + 1}:${last.column + 1} has a mapping`);
    }
    return problems;
}

const stackFrames = (thrown) => thrown.stackTrace.callFrames.map((f) =>
    ({ functionName: f.functionName, url: f.url, line: f.lineNumber, column: f.columnNumber }));
const pauseFrames = (paused) => paused.map((f) =>
    ({ functionName: f.functionName, line: f.location.lineNumber, column: f.location.columnNumber }));

// The map carries the files' text for the sources the frames resolve to.
function checkSourcesContent(map, mapDir) {
    for (const file of ['app.js', 'render.js', 'format.ts', 'data.ts']) {
        const i = map.sources.findIndex((s) => path.resolve(mapDir, s) === path.join(fixture, file));
        assert.ok(i >= 0, `${file} is not among the sources ${JSON.stringify(map.sources)}`);
        assert.equal(map.sourcesContent?.[i], fs.readFileSync(path.join(fixture, file), 'utf8'), `sourcesContent of ${file}`);
    }
}

for (const variant of Object.keys(variants)) {
    test(`Chromium: a thrown error's stack resolves to the original files (${variant})`, { timeout: 60_000 }, async (t) => {
        if (!needBrowser(t)) return;
        const out = tempDir('devtools');
        try {
            const start = Date.now();
            bundle(out, variant);
            const { parsed, map, thrown, paused, requests } = await openPage(out);

            if (variant === 'inline') {
                assert.ok(parsed.sourceMapURL.startsWith('data:application/json'), 'no inline map URL');
                assert.ok(!requests.some((r) => r.endsWith('.map')), `an inline map, yet ${requests} were asked for`);
            } else {
                assert.equal(parsed.sourceMapURL, 'app.js.map');
                assert.ok(requests.includes('/app.js.map'), `Chromium did not ask for the map: ${requests}`);
                assert.equal(JSON.stringify(map), JSON.stringify(JSON.parse(fs.readFileSync(path.join(out, 'app.js.map'), 'utf8'))));
            }
            assert.equal(map.version, 3);
            checkSourcesContent(map, out);
            assert.match(thrown.exception?.description ?? '', /^RangeError: row 2: "a whole wedding cake" does not fit/);
            assert.ok(thrown.stackTrace.callFrames.every((f) => f.url === parsed.url), 'a frame outside the bundle');
            if (variant === 'minify') assert.equal(new Set(stackFrames(thrown).map((f) => f.line)).size, 1, 'not one line');

            assert.deepEqual(compareFrames(map, out, stackFrames(thrown), errorFrames), [], 'the exception\'s stack');
            assert.deepEqual(compareFrames(map, out, pauseFrames(paused), pausedFrames), [], 'the paused call frames');
            console.log(`# ${variant}: ${thrown.stackTrace.callFrames.length} frames resolved, ` +
                `map ${JSON.stringify(map).length} bytes, requests ${requests.join(' ')}, ${Date.now() - start} ms`);
        } finally {
            fs.rmSync(out, { recursive: true, force: true });
        }
    });
}

// The same check against a map that does not fit its bundle (one line added above the code after
// the map was made) must fail: the test sees a wrong map.
test('Chromium: a map one line off is caught', { timeout: 60_000 }, async (t) => {
    if (!needBrowser(t)) return;
    const out = tempDir('devtools');
    try {
        const outfile = bundle(out, 'linked');
        fs.writeFileSync(outfile, '"use strict";\n' + fs.readFileSync(outfile, 'utf8'));
        const { map, thrown, paused, requests } = await openPage(out);
        assert.ok(requests.includes('/app.js.map'));
        const stack = compareFrames(map, out, stackFrames(thrown), errorFrames);
        const pause = compareFrames(map, out, pauseFrames(paused), pausedFrames);
        assert.ok(stack.length >= errorFrames.length - 1, `only ${stack.length} wrong frames:\n${stack.join('\n')}`);
        assert.ok(pause.length >= pausedFrames.length - 1, `only ${pause.length} wrong frames:\n${pause.join('\n')}`);
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
});
