// tsconfig.json "baseUrl", "paths" and "extends" against the TypeScript compiler: a small
// corpus of projects is written to a temp directory, and every import in it must resolve to
// the file typescript's resolveModuleName picks (moduleResolution "bundler", with the options
// of the nearest tsconfig.json as tsc reads it, extends chains included).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';

const require = createRequire(import.meta.url);
const ts = require('typescript');

// Projects: files (path -> text) and the imports to check (importing file, specifier).
const CORPUS = {
    'base-url': {
        files: {
            'tsconfig.json': '{ "compilerOptions": { "baseUrl": "./src" } }',
            'src/app/main.ts': '',
            'src/utils/strings.ts': '',
            'src/utils/index.ts': '',
        },
        imports: [['src/app/main.ts', 'utils/strings'], ['src/app/main.ts', 'utils'], ['src/app/main.ts', 'app/main']],
    },
    'paths-patterns': {
        files: {
            'tsconfig.json': `{
                // comments and trailing commas: tsconfig.json is JSONC
                "compilerOptions": {
                    "paths": {
                        "@app/*": ["./src/app/*"],
                        "@app/special": ["./src/special.ts"],
                        "@lib/*": ["./missing/*", "./lib/*"],
                        "~/*": ["./src/*"],
                        "*": ["./types/*"],
                    },
                },
            }`,
            'src/app/a.ts': '',
            'src/app/b/index.ts': '',
            'src/special.ts': '',
            'src/main.ts': '',
            'lib/x.ts': '',
            'types/untyped.ts': '',
        },
        imports: [
            ['src/main.ts', '@app/a'],
            ['src/main.ts', '@app/b'],
            ['src/main.ts', '@app/special'],
            ['src/main.ts', '@lib/x'],
            ['src/main.ts', '~/app/a'],
            ['src/main.ts', 'untyped'],
        ],
    },
    'extends-chain': {
        files: {
            'tsconfig.json': '{ "extends": "./config/tsconfig.base", "compilerOptions": { "baseUrl": "." } }',
            // "paths" of base.json: relative to baseUrl once the child sets it.
            'config/tsconfig.base.json': '{ "compilerOptions": { "paths": { "#shared/*": ["shared/*"] } } }',
            'shared/log.ts': '',
            'src/index.ts': '',
            'src/feature/deep.ts': '',
        },
        imports: [['src/feature/deep.ts', '#shared/log'], ['src/feature/deep.ts', 'src/index']],
    },
    'extends-paths-no-base-url': {
        files: {
            'tsconfig.json': '{ "extends": "./configs/base.json" }',
            // Without baseUrl, "paths" are relative to the file that declares them.
            'configs/base.json': '{ "compilerOptions": { "paths": { "@c/*": ["./c/*"] } } }',
            'configs/c/thing.ts': '',
            'src/a.ts': '',
        },
        imports: [['src/a.ts', '@c/thing']],
    },
    'extends-package': {
        files: {
            'tsconfig.json': '{ "extends": "@corp/tsconfig/base.json", "compilerOptions": { "paths": { "@x": ["./x.ts"] } } }',
            'node_modules/@corp/tsconfig/package.json': '{ "name": "@corp/tsconfig", "version": "1.0.0" }',
            'node_modules/@corp/tsconfig/base.json': '{ "compilerOptions": { "baseUrl": "../../../src" } }',
            'src/core.ts': '',
            // "paths" of the leaf are relative to the baseUrl it inherits.
            'src/x.ts': '',
            'app/main.ts': '',
        },
        imports: [['app/main.ts', 'core'], ['app/main.ts', '@x']],
    },
    'extends-package-field': {
        files: {
            'tsconfig.json': '{ "extends": "@corp/base" }',
            // tsc reads a package's "tsconfig" field for an "extends" naming the package.
            'node_modules/@corp/base/package.json': '{ "name": "@corp/base", "tsconfig": "./configs/strict.json" }',
            'node_modules/@corp/base/configs/strict.json': '{ "compilerOptions": { "paths": { "~/*": ["../../../../src/*"] } } }',
            'node_modules/@corp/base/tsconfig.json': '{ "compilerOptions": { "paths": { "~/*": ["../../../wrong/*"] } } }',
            'src/util.ts': '',
            'wrong/util.ts': '',
            'main.ts': '',
        },
        imports: [['main.ts', '~/util']],
    },
    'extends-array': {
        files: {
            'tsconfig.json': '{ "extends": ["./a.json", "./b.json"] }',
            'a.json': '{ "compilerOptions": { "paths": { "@p/*": ["./from-a/*"] } } }',
            'b.json': '{ "compilerOptions": { "paths": { "@p/*": ["./from-b/*"] } } }',
            'from-a/m.ts': '',
            'from-b/m.ts': '',
            'main.ts': '',
        },
        imports: [['main.ts', '@p/m']],
    },
    'config-dir': {
        files: {
            'packages/web/tsconfig.json': '{ "extends": "../../tsconfig.shared.json" }',
            'tsconfig.shared.json': '{ "compilerOptions": { "paths": { "@/*": ["${configDir}/src/*"] } } }',
            'packages/web/src/ui/button.ts': '',
            'packages/web/src/main.ts': '',
        },
        imports: [['packages/web/src/main.ts', '@/ui/button']],
    },
    'nearest-config': {
        files: {
            'tsconfig.json': '{ "compilerOptions": { "paths": { "@m": ["./root.ts"] } } }',
            'sub/tsconfig.json': '{ "compilerOptions": { "paths": { "@m": ["./sub.ts"] } } }',
            'root.ts': '',
            'sub/sub.ts': '',
            'sub/deeper/a.ts': '',
            'a.ts': '',
        },
        imports: [['sub/deeper/a.ts', '@m'], ['a.ts', '@m']],
    },
};

function writeTree(root, files) {
    for (const [rel, text] of Object.entries(files)) {
        const p = path.join(root, rel);
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, text);
    }
}

// tsc's answer: the nearest tsconfig.json, parsed with its extends chain.
function tscResolve(file, spec) {
    const configPath = ts.findConfigFile(path.dirname(file), ts.sys.fileExists);
    const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configPath), undefined, configPath);
    const options = { ...parsed.options, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext };
    const r = ts.resolveModuleName(spec, file, options, ts.sys);
    return r.resolvedModule ? fs.realpathSync(r.resolvedModule.resolvedFileName) : null;
}

function baleResolve(queries) {
    const tool = process.env.RESOLVE_TOOL;
    if (!tool) throw new Error('set RESOLVE_TOOL (make test-resolve does)');
    const input = queries.map(([file, spec]) => `import\t${path.dirname(file)}\t${spec}\n`).join('');
    const r = spawnSync(tool, ['--platform=node'], { input, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.split('\n').slice(0, queries.length).map((line) => {
        const [status, p] = line.split('\t');
        return status === 'found' ? p : null;
    });
}

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bale-tsconfig-')));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));

for (const [name, project] of Object.entries(CORPUS)) {
    test(`tsconfig: ${name}`, () => {
        const dir = path.join(root, name);
        writeTree(dir, project.files);
        const queries = project.imports.map(([file, spec]) => [path.join(dir, file), spec]);
        const got = baleResolve(queries);
        const bad = [];
        queries.forEach(([file, spec], i) => {
            const want = tscResolve(file, spec);
            if (want === null) bad.push(`  "${spec}" from ${file}: tsc resolves nothing (fix the corpus)`);
            else if (got[i] !== want) bad.push(`  "${spec}" from ${file}\n    want ${want}\n    got  ${got[i]}`);
        });
        if (bad.length) throw new Error(`differences from tsc:\n${bad.join('\n')}`);
    });
}
