// Collects the import specifiers that appear in installed npm packages: for each package
// under a node_modules directory, a sample of its .js/.mjs/.cjs files is parsed with acorn and
// every static `import`/`export ... from`, `import("x")` and `require("x")` with a string
// literal is recorded as a query {file, dir, spec, kind}.
// (Not a test file itself: node --test only picks up *.test.mjs.)
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';

const JS_FILE = /\.(js|mjs|cjs)$/;
// Files above this size are skipped: minified bundles rarely import anything, and parsing
// them would dominate the test's run time.
const MAX_FILE_BYTES = 1024 * 1024;

// The package directories directly under nodeModules (scoped ones included), sorted.
export function listPackages(nodeModules) {
    const out = [];
    for (const name of fs.readdirSync(nodeModules).sort()) {
        if (name.startsWith('.')) continue;
        const dir = path.join(nodeModules, name);
        if (name.startsWith('@')) {
            for (const sub of fs.readdirSync(dir).sort()) out.push({ name: `${name}/${sub}`, dir: path.join(dir, sub) });
        } else {
            out.push({ name, dir });
        }
    }
    return out.filter((p) => fs.existsSync(path.join(p.dir, 'package.json')));
}

// Every JS file of a package (not of its nested node_modules), sorted.
function packageFiles(dir) {
    const out = [];
    const walk = (d) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const p = path.join(d, e.name);
            if (e.isDirectory()) {
                if (e.name !== 'node_modules') walk(p);
            } else if (e.isFile() && JS_FILE.test(e.name)) {
                out.push(p);
            }
        }
    };
    walk(dir);
    return out;
}

// At most max files, spread evenly over the sorted list (deterministic).
function sample(files, max) {
    if (files.length <= max) return files;
    const step = files.length / max;
    return Array.from({ length: max }, (_, i) => files[Math.floor(i * step)]);
}

function parse(text) {
    const common = {
        ecmaVersion: 'latest',
        allowHashBang: true,
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowImportExportEverywhere: true,
    };
    try {
        return acorn.parse(text, { ...common, sourceType: 'module' });
    } catch {
        try {
            return acorn.parse(text, { ...common, sourceType: 'script' });
        } catch {
            return null; // JSX, Flow or broken: not JavaScript node can load either
        }
    }
}

function stringArg(node) {
    if (!node) return null;
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
    return null;
}

// The (spec, kind) pairs of one AST, walked without recursion.
function collect(ast) {
    const found = [];
    const stack = [ast];
    while (stack.length) {
        const n = stack.pop();
        if (!n || typeof n.type !== 'string') continue;
        if ((n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration') && n.source) {
            found.push({ spec: n.source.value, kind: 'import' });
        } else if (n.type === 'ImportExpression') {
            const s = stringArg(n.source);
            if (s !== null) found.push({ spec: s, kind: 'dynamic' });
        } else if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments.length === 1) {
            const s = stringArg(n.arguments[0]);
            if (s !== null) found.push({ spec: s, kind: 'require' });
        }
        for (const key in n) {
            const v = n[key];
            if (key === 'loc' || key === 'range') continue;
            if (Array.isArray(v)) {
                for (const c of v) if (c && typeof c.type === 'string') stack.push(c);
            } else if (v && typeof v.type === 'string') {
                stack.push(v);
            }
        }
    }
    return found;
}

// The queries of one package: unique (dir, spec, kind), in file order.
export function packageQueries(pkg, maxFiles) {
    const seen = new Set();
    const out = [];
    for (const file of sample(packageFiles(pkg.dir), maxFiles)) {
        if (fs.statSync(file).size > MAX_FILE_BYTES) continue;
        const ast = parse(fs.readFileSync(file, 'utf8'));
        if (!ast) continue;
        const dir = path.dirname(file);
        for (const { spec, kind } of collect(ast)) {
            // URLs and specifiers with NUL or newlines are not file imports.
            if (!spec || /^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || /[\0\n\t]/.test(spec)) continue;
            const key = `${dir}\t${spec}\t${kind}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ pkg: pkg.name, file, dir, spec, kind });
        }
    }
    return out;
}
