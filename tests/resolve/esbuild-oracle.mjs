// esbuild's answer for each query under --platform=browser. Reads a JSON array of
// {dir, spec, kind} on stdin, writes a JSON array of {status: 'found'|'disabled'|'external'|
// 'error', path}.
//
// Two passes, both through esbuild's own resolver with the options of a browser bundle:
// 1. a plugin's build.resolve for every query (what it finds, or its error);
// 2. a bundle with one virtual entry per found query, whose metafile tells which of those
//    files the "browser" field disabled (build.resolve does not say; the metafile shows
//    "(disabled):path"). The files found are not read (a plugin loads them as empty), so
//    nothing past the entries' own imports is resolved.
import fs from 'node:fs';
import * as esbuild from 'esbuild';

// The platform: browser unless given as the first argument (neutral, node); the second
// argument, when given, is JSON of more build options (external, conditions, ...).
const platform = process.argv[2] || 'browser';
const extra = process.argv[3] ? JSON.parse(process.argv[3]) : {};

const KIND = { import: 'import-statement', dynamic: 'dynamic-import', require: 'require-call' };

async function resolveAll(build, queries) {
    const out = new Array(queries.length);
    const batch = 64;
    for (let i = 0; i < queries.length; i += batch) {
        await Promise.all(
            queries.slice(i, i + batch).map(async (q, j) => {
                const r = await build.resolve(q.spec, { kind: KIND[q.kind], resolveDir: q.dir });
                let res;
                if (r.errors.length) res = { status: 'error', path: r.errors[0].text };
                else if (r.external) res = { status: 'external', path: r.path };
                else if (r.namespace !== 'file' || r.path === '') res = { status: 'disabled', path: r.path };
                else res = { status: 'found', path: r.path };
                out[i + j] = res;
            }),
        );
    }
    return out;
}

// Pass 2: marks the found results that the browser field disabled.
async function markDisabled(queries, results) {
    const found = results.flatMap((r, i) => (r.status === 'found' ? [i] : []));
    const meta = await esbuild.build({
        entryPoints: found.map((i) => `q:${i}`),
        write: false,
        bundle: true,
        platform,
        ...extra,
        format: 'esm',
        outdir: '/nonexistent-out',
        absWorkingDir: extra.absWorkingDir || '/',
        metafile: true,
        logLevel: 'silent',
        plugins: [
            {
                name: 'entries',
                setup(build) {
                    build.onResolve({ filter: /^q:/ }, (a) => ({ path: a.path.slice(2), namespace: 'q' }));
                    build.onResolve({ filter: /.*/ }, (a) => (a.namespace === 'file' ? { path: a.path, external: true } : undefined));
                    // The files found are not read: only how the entries resolve matters.
                    build.onLoad({ filter: /.*/, namespace: 'file' }, () => ({ contents: '', loader: 'js' }));
                    build.onLoad({ filter: /.*/, namespace: 'q' }, (a) => {
                        const q = queries[Number(a.path)];
                        const stmt = q.kind === 'require' ? `require(${JSON.stringify(q.spec)})` : `import ${JSON.stringify(q.spec)}`;
                        return { contents: stmt, resolveDir: q.dir, loader: 'js' };
                    });
                },
            },
        ],
    });
    for (const [key, input] of Object.entries(meta.metafile.inputs)) {
        if (!key.startsWith('q:')) continue;
        const r = results[Number(key.slice(2))];
        if (input.imports.some((imp) => imp.path.startsWith('(disabled):'))) r.status = 'disabled';
    }
}

const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
let results;
await esbuild.build({
    stdin: { contents: '' },
    write: false,
    bundle: true,
    platform,
    ...extra,
    logLevel: 'silent',
    plugins: [
        {
            name: 'oracle',
            setup(build) {
                build.onStart(async () => {
                    results = await resolveAll(build, queries);
                });
            },
        },
    ],
});
// A disabled path that is not a file comes back from build.resolve as if found.
for (const r of results) {
    if (r.status === 'found' && !fs.existsSync(r.path)) r.status = 'disabled';
}
await markDisabled(queries, results);
process.stdout.write(JSON.stringify(results));
