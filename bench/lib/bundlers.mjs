// bundlers: how the bench runs each bundler. Every bundler gets the same job — bundle one
// entry into one ES module file, optionally minified and/or with a linked source map — with
// the flags that mean exactly that to it. bale takes esbuild's flags (plus
// --mem-report-file, for its own heap figures).
import fs from 'node:fs';

import { baleBinary, esbuildBinary, packageVersion, rolldownCommand } from './paths.mjs';
import { programOutput } from './sysinfo.mjs';

export const VARIANTS = [
  { name: 'plain', minify: false, sourcemap: false },
  { name: 'minify', minify: true, sourcemap: false },
  { name: 'sourcemap', minify: false, sourcemap: true },
  { name: 'minify+sourcemap', minify: true, sourcemap: true },
];

export const BUNDLERS = [
  {
    name: 'bale',
    how: 'build/bale (or $BALE), native',
    available: () => fs.existsSync(baleBinary()),
    version: () => programOutput(baleBinary(), ['--version']),
    command({ entry, outfile, tsconfig, variant, memReport }) {
      const args = [entry, '--bundle', '--format=esm', `--outfile=${outfile}`];
      if (variant.minify) args.push('--minify');
      if (variant.sourcemap) args.push('--sourcemap');
      if (tsconfig) args.push(`--tsconfig=${tsconfig}`);
      args.push(`--mem-report-file=${memReport}`);
      return [baleBinary(), ...args];
    },
  },
  {
    name: 'esbuild',
    how: 'native binary of the esbuild package',
    available: () => fs.existsSync(esbuildBinary()),
    version: () => packageVersion('esbuild'),
    command({ entry, outfile, tsconfig, variant }) {
      const args = [entry, '--bundle', '--format=esm', `--outfile=${outfile}`];
      if (variant.minify) args.push('--minify');
      if (variant.sourcemap) args.push('--sourcemap');
      if (tsconfig) args.push(`--tsconfig=${tsconfig}`);
      return [esbuildBinary(), ...args];
    },
  },
  {
    name: 'rolldown',
    how: 'its CLI (node + native binding), one output file (--no-codeSplitting)',
    available: () => fs.existsSync(rolldownCommand()[1]),
    version: () => packageVersion('rolldown'),
    command({ entry, outfile, tsconfig, variant }) {
      const args = [entry, '--format', 'esm', '--file', outfile, '--no-codeSplitting'];
      if (variant.minify) args.push('--minify');
      if (variant.sourcemap) args.push('--sourcemap');
      if (tsconfig) args.push('--tsconfig', tsconfig);
      return [...rolldownCommand(), ...args];
    },
  },
];
