// paths: where the bench finds its cache, its tools and the bundlers.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(benchDir, '..');

/** The bench cache: BENCH_CACHE, or bench/.cache. */
export function cacheDir() {
  return path.resolve(process.env.BENCH_CACHE || path.join(benchDir, '.cache'));
}

export function modulePath(...parts) {
  return path.join(cacheDir(), 'node_modules', ...parts);
}

function isElf(file) {
  try {
    const fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(4);
    fs.readSync(fd, buf, 0, 4, 0);
    fs.closeSync(fd);
    return buf.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  } catch {
    return false;
  }
}

/**
 * esbuild's native executable, as users run it once its postinstall has put the binary in
 * place: esbuild/bin/esbuild when that is the binary itself, else the platform package's
 * binary (npm may skip install scripts), else the JavaScript launcher.
 */
export function esbuildBinary() {
  const bin = modulePath('esbuild', 'bin', 'esbuild');
  if (isElf(bin)) return bin;
  const platform = modulePath('@esbuild', `${process.platform}-${process.arch}`, 'bin', 'esbuild');
  if (fs.existsSync(platform)) return platform;
  return bin;
}

/** rolldown's command line: its bin script run by this node (how `npx rolldown` runs it). */
export function rolldownCommand() {
  return [process.execPath, modulePath('rolldown', 'bin', 'cli.mjs')];
}

/** bale: BALE, or build/bale of this checkout. */
export function baleBinary() {
  return path.resolve(process.env.BALE || path.join(repoRoot, 'build', 'bale'));
}

/** The wait4 timer built by setup.sh. */
export function measureBinary() {
  return path.join(cacheDir(), 'bin', 'measure');
}

export function packageVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(modulePath(name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}
