// Node's own answer for each query: run as a child process with
// --experimental-import-meta-resolve (node 20 needs it for import.meta.resolve's parent
// argument). Reads a JSON array of {file, spec, kind} on stdin, writes a JSON array of
// {status: 'found'|'builtin'|'error', path} on stdout, in the same order.
// import/dynamic: import.meta.resolve(spec, file); require: createRequire(file).resolve(spec).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Under --preserve-symlinks node answers with the path as found; compare it as it is.
const real = process.execArgv.includes('--preserve-symlinks') ? (p) => p : (p) => fs.realpathSync(p);

// import.meta.resolve returns a URL even for a file that does not exist (it reports
// ERR_MODULE_NOT_FOUND only when loading), so existence is checked here.
function resolveImport(spec, file) {
    const url = import.meta.resolve(spec, pathToFileURL(file).href);
    if (url.startsWith('node:')) return { status: 'builtin', path: url.slice(5) };
    if (!url.startsWith('file:')) return { status: 'error', path: url };
    const p = fileURLToPath(url);
    if (!fs.existsSync(p) || !fs.statSync(p).isFile()) return { status: 'error', path: p };
    return { status: 'found', path: real(p) };
}

function resolveRequire(spec, file) {
    const p = createRequire(file).resolve(spec);
    if (!p.startsWith('/')) return { status: 'builtin', path: p.replace(/^node:/, '') };
    return { status: 'found', path: real(p) };
}

const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
const out = queries.map(({ file, spec, kind }) => {
    try {
        return kind === 'require' ? resolveRequire(spec, file) : resolveImport(spec, file);
    } catch (e) {
        return { status: 'error', path: String(e.code || e.message).slice(0, 200) };
    }
});
process.stdout.write(JSON.stringify(out));
