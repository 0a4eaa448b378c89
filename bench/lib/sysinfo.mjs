// sysinfo: what machine and which versions a run measured, for the report header.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

function firstLine(text) {
  return (text || '').trim().split('\n')[0].trim();
}

const TIMEOUT = ['/usr/bin/timeout', '/bin/timeout'].find((p) => fs.existsSync(p));

/**
 * First line a program prints for `args` (stdout, else stderr), or null. Given 10 s: under
 * coreutils' timeout when there is one, which kills the program's whole process group.
 */
export function programOutput(cmd, args, opts = {}) {
  try {
    const [c, a] = TIMEOUT ? [TIMEOUT, ['-s', 'KILL', '10', cmd, ...args]] : [cmd, args];
    const r = spawnSync(c, a, { encoding: 'utf8', timeout: 12000, killSignal: 'SIGKILL', ...opts });
    if (r.error) return null;
    return firstLine(r.stdout) || firstLine(r.stderr) || null;
  } catch {
    return null;
  }
}

function cpuModel() {
  try {
    const m = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    if (m) return m[1].trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model || 'unknown';
}

function osName() {
  try {
    const m = fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?$/m);
    if (m) return `${m[1]}, ${os.type()} ${os.release()}`;
  } catch {
    // no os-release
  }
  return `${os.type()} ${os.release()}`;
}

export function machineInfo() {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    memBytes: os.totalmem(),
    os: osName(),
    arch: process.arch,
    node: process.version,
    host: os.hostname(),
  };
}

export function loadAverage() {
  return os.loadavg().map((x) => Math.round(x * 100) / 100);
}

/** The checkout's commit (read-only git queries), or null outside a git checkout. */
export function gitDescribe(cwd) {
  // GIT_OPTIONAL_LOCKS=0: git status must not refresh (write) the index of a shared checkout.
  const env = { ...process.env, GIT_OPTIONAL_LOCKS: '0' };
  const commit = programOutput('git', ['rev-parse', '--short=12', 'HEAD'], { cwd, env });
  if (!commit || !/^[0-9a-f]+$/.test(commit)) return null;
  const dirty = programOutput('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, env });
  return dirty ? `${commit} (with uncommitted changes)` : commit;
}
