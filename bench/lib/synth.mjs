// synth: the synthetic workloads synth2000 and synth5000 — N ES modules that look like an
// application (see README.md, "Fixtures") and print a line the generator computed itself,
// so a bundle that links, orders or renames anything wrongly prints something else.
//
// The program. Every static module imports `register` from src/registry.js and registers a
// callback at load time; the entry hashes the registration order and every callback's
// result. Each module computes `v_<i>` at top level from values it imports (named, aliased,
// namespace, default, through barrels), from its class (which may extend a class from
// another module, with private fields and super calls) and from some of its local
// functions. Local helper names (`mix`, `acc`, `format`, …) repeat in every module, so scope
// hoisting must rename. Some modules import an ancestor that is still evaluating (a cycle,
// used only in a function called later, through the live binding), and 2 % are lazy modules
// that only import() loads, once every static module has run. Unused local functions are
// there to be tree-shaken.
//
// The expected output. Module evaluation order is simulated as ECMAScript specifies it
// (depth-first over each module's import and export-from requests in source order, skipping
// modules already visited or still evaluating); values are computed along that model;
// a callable local function's result is computed by evaluating its own text (the functions
// are self-contained). Static imports only ever point to modules with higher numbers, so no
// module reads a binding before it is initialised; the cycle edges point to an ancestor on
// the evaluation stack, which the spec skips, so they never change the order.
import path from 'node:path';

import { callableFiller, passiveFiller, LOCAL_NAMES } from './filler.mjs';
import { Prng } from './prng.mjs';

const M = 1000003;
const HASH_M = 1000000007;
const GROUP = 40; // modules per directory

const KIND_WORDS = ['app', 'store', 'view', 'model', 'parser', 'router', 'widget', 'table', 'chart',
  'form', 'input', 'button', 'modal', 'cache', 'queue', 'stream', 'codec', 'schema', 'layout', 'theme'];

// Module size in bytes: an empirical distribution (median ~2.6 KB, long tail to 64 KB).
const SIZE_QUANTILES = [[0, 300], [0.1, 700], [0.25, 1300], [0.5, 2600], [0.75, 5000], [0.9, 9500],
  [0.97, 18000], [0.995, 36000], [1, 64000]];

const mix = (c) => (a, b) => (a * 31 + b + c) % M;

/**
 * Generate the program. Returns { files: [[relPath, text], …] (sorted), entry, expected,
 * stats }. Deterministic for a given (n, seed).
 */
export function generateSynth(n, seed = `synth${n}`) {
  if (n < 10) throw new Error('synth: need at least 10 modules');
  const rng = new Prng(seed);
  const count = n - 2; // content modules; plus the entry and src/registry.js
  // The last 2 % are lazy modules: loaded only with import() (like an app's lazy routes),
  // after every static module has run, importing shared modules from the static graph's
  // deep end. The static graph is modules 0 … staticCount-1.
  const lazyCount = Math.max(1, Math.round(count * 0.02));
  const staticCount = count - lazyCount;
  const mods = [];
  for (let i = 0; i < count; i++) {
    const lazy = i >= staticCount;
    const barrel = i > 0 && !lazy && rng.chance(0.04);
    const word = KIND_WORDS[rng.int(0, KIND_WORDS.length - 1)];
    const dir = `src/g${String(Math.floor(i / GROUP)).padStart(3, '0')}`;
    const file = barrel ? `${dir}/index${String(i).padStart(4, '0')}.js`
      : lazy ? `src/lazy/${word}${String(i).padStart(4, '0')}.js` : `${dir}/${word}${String(i).padStart(4, '0')}.js`;
    mods.push({
      i, barrel, lazy, file, word,
      hasClass: !barrel && rng.chance(0.45),
      hasDefault: !barrel && rng.chance(0.2),
      deps: [], // non-barrel: { j, style } used at top level or for effects/re-exports
      stars: [], // barrel: modules re-exported with export *
      named: [], // barrel: [{ j }] re-exported as bv_<barrel>_<j>
      starParent: -1, // the barrel that re-exports this module with export *, if any
      cycle: -1, // ancestor imported for use in late_<i>
      dynamic: -1, // module loaded with import() in load_<i>
      extendsDep: null, // the dep whose class C_<i> extends
    });
  }

  // Edges, shaped like a project's directories: every module but the first gets a parent
  // with a lower number (in its own directory, or anywhere earlier for a directory's first
  // module), so all are reachable from module 0 and import chains stay tens of modules
  // deep, as in real code; then some more imports, within the directory or to any later
  // module.
  const groupStart = (i) => Math.floor(i / GROUP) * GROUP;
  const groupEnd = (i) => Math.min(staticCount, groupStart(i) + GROUP);
  const later = (i) => {
    if (i + 1 >= staticCount) return -1;
    if (i + 1 < groupEnd(i) && rng.chance(0.6)) return rng.int(i + 1, groupEnd(i) - 1);
    return rng.int(i + 1, staticCount - 1);
  };
  const hasTarget = (m, j) => m.deps.some((d) => d.j === j) || m.stars.includes(j) || m.named.some((d) => d.j === j);
  const addEdge = (p, j, fromTree) => {
    const pm = mods[p];
    const jm = mods[j];
    if (hasTarget(pm, j)) return false;
    if (pm.barrel) {
      if (jm.starParent < 0 && (fromTree || rng.chance(0.7))) {
        pm.stars.push(j);
        jm.starParent = p;
      } else if (!jm.barrel) {
        pm.named.push({ j });
      } else {
        return false;
      }
    } else {
      pm.deps.push({ j, style: null });
    }
    return true;
  };
  for (let j = 1; j < staticCount; j++) {
    const p = j === groupStart(j) ? rng.int(0, j - 1) : rng.int(groupStart(j), j - 1);
    addEdge(p, j, true);
  }
  for (const m of mods) {
    if (m.lazy) continue;
    const extra = m.barrel ? rng.int(2, 6) : rng.int(0, 4);
    for (let k = 0; k < extra; k++) {
      const j = later(m.i);
      if (j > m.i) addEdge(m.i, j, false);
    }
  }

  // Star-exported names a barrel makes visible: v_<j> for every module in its star closure.
  const starClosure = new Map();
  const closureOf = (b) => {
    if (starClosure.has(b)) return starClosure.get(b);
    const out = [];
    for (const j of mods[b].stars) {
      if (mods[j].barrel) out.push(...closureOf(j));
      else out.push(j);
    }
    starClosure.set(b, out);
    return out;
  };
  // The outermost barrel above j (with a number above i) that star-exports it, or -1.
  const barrelFor = (i, j) => {
    let b = mods[j].starParent;
    let best = -1;
    while (b > i) {
      best = b;
      b = mods[b].starParent;
    }
    return best;
  };

  // Import styles.
  let alias = 0;
  for (const m of mods) {
    if (m.barrel) continue;
    for (const d of m.deps) {
      const t = mods[d.j];
      if (t.barrel) {
        const names = closureOf(d.j);
        if (names.length === 0) d.style = 'effect';
        else {
          d.style = rng.chance(0.5) ? 'barrelNs' : 'barrelNamed';
          d.via = names[rng.int(0, names.length - 1)];
        }
        continue;
      }
      const r = rng.float();
      const viaBarrel = barrelFor(m.i, d.j);
      if (r < 0.38) d.style = 'named';
      else if (r < 0.48) d.style = 'alias';
      else if (r < 0.66) d.style = 'ns';
      else if (r < 0.78) d.style = t.hasDefault ? 'default' : 'named';
      else if (r < 0.9) d.style = viaBarrel >= 0 ? 'viaBarrel' : 'ns';
      else if (r < 0.95) d.style = 'effect';
      else d.style = 'reexport';
      if (d.style === 'viaBarrel') d.barrel = viaBarrel;
      if (d.style === 'alias' || d.style === 'reexport') d.alias = alias++;
    }
    // Class inheritance from a dep whose class is in scope by name or namespace.
    if (m.hasClass) {
      const candidates = m.deps.filter((d) => mods[d.j].hasClass && ['named', 'alias', 'ns', 'viaBarrel'].includes(d.style));
      if (candidates.length && rng.chance(0.6)) m.extendsDep = candidates[rng.int(0, candidates.length - 1)];
    }
  }
  // Request lists in source order (what the emitted import/export-from statements ask for).
  const REG = -1;
  const requestsOf = (m) => {
    const req = [REG];
    if (m.barrel) {
      for (const j of m.stars) req.push(j);
      for (const d of m.named) req.push(d.j);
    } else {
      for (const d of m.deps) req.push(d.style === 'viaBarrel' ? d.barrel : d.j);
    }
    return [...new Set(req)];
  };

  // Evaluation order: depth-first from the entry (registry, then module 0). The first time
  // a module is entered, modules on the stack are its ancestors; some modules import one of
  // them (a cycle the spec skips).
  const state = new Array(count).fill(0); // 0 new, 1 evaluating, 2 done
  const order = [];
  const stack = [];
  const visit = (i) => {
    state[i] = 1;
    const m = mods[i];
    if (!m.barrel && stack.length && rng.chance(0.2)) {
      const candidates = stack.filter((a) => !mods[a].barrel);
      if (candidates.length) m.cycle = candidates[rng.int(0, candidates.length - 1)];
    }
    stack.push(i);
    for (const j of requestsOf(m)) {
      if (j !== REG && state[j] === 0) visit(j);
    }
    stack.pop();
    state[i] = 2;
    order.push(i);
  };
  visit(0);
  if (order.length !== staticCount) throw new Error('synth: unreachable modules');

  // Which modules' static imports (cycle edges included) reach a cycle edge. Imports other
  // than cycle edges go to higher numbers, so one pass from the top settles it.
  for (let i = staticCount - 1; i >= 0; i--) {
    const m = mods[i];
    const targets = m.barrel ? [...m.stars, ...m.named.map((d) => d.j)] : m.deps.map((d) => (d.style === 'viaBarrel' ? d.barrel : d.j));
    m.reachesCycle = m.cycle >= 0 || targets.some((j) => mods[j].reachesCycle);
  }

  // Lazy modules: 1–3 shared modules from the last tenth of the static graph, each used as
  // a value (named or namespace import); each lazy module is loaded by one static module.
  // Bundlers that inline import() into one file wrap the loaded module and everything it
  // imports in lazy initialisers. The shared modules are ones whose imports never reach a
  // cycle, so that this wraps a few leaves, not the whole program through a cycle back to
  // the root (esbuild wraps every module such a module imports). And the modules so wrapped
  // are pure (they do not register), because by default rolldown runs wrapped modules in an
  // order of its own choosing (its strictExecutionOrder option is off): this is the
  // ordering it documents, not the bug the check is there to catch.
  const shared = mods.slice(Math.floor(staticCount * 0.9), staticCount).filter((m) => !m.barrel && !m.reachesCycle);
  const lazyMods = mods.slice(staticCount);
  for (const m of lazyMods) {
    const k = rng.int(1, 3);
    for (let q = 0; q < k && shared.length; q++) {
      const t = shared[rng.int(0, shared.length - 1)];
      if (!m.deps.some((d) => d.j === t.i)) m.deps.push({ j: t.i, style: rng.chance(0.5) ? 'named' : 'ns' });
    }
    if (m.hasClass) {
      const candidates = m.deps.filter((d) => mods[d.j].hasClass);
      if (candidates.length) m.extendsDep = candidates[0];
    }
  }
  const pending = lazyMods.flatMap((m) => m.deps.map((d) => d.j));
  while (pending.length) {
    const t = mods[pending.pop()];
    if (t.pure) continue;
    t.pure = true;
    pending.push(...requestsOf(t).filter((j) => j !== REG));
  }
  const importers = mods.slice(0, staticCount).filter((m) => !m.barrel && !m.pure);
  for (const m of lazyMods) {
    let host;
    do host = importers[rng.int(0, importers.length - 1)]; while (host.dynamic >= 0);
    host.dynamic = m.i;
  }
  // Class depth stays small (long chains are rare in real code): cut chains deeper than 6.
  // Static modules extend higher-numbered ones, lazy modules extend static ones.
  const depth = new Array(count).fill(-1);
  const classOrder = [];
  for (let i = staticCount - 1; i >= 0; i--) classOrder.push(i);
  for (let i = staticCount; i < count; i++) classOrder.push(i);
  for (const i of classOrder) {
    const m = mods[i];
    if (!m.hasClass) continue;
    if (m.extendsDep && depth[m.extendsDep.j] >= 6) m.extendsDep = null;
    depth[i] = m.extendsDep ? depth[m.extendsDep.j] + 1 : 0;
  }

  // Emit module texts, computing every value on the way (in classOrder, every module comes
  // after the modules it imports other than through a cycle edge).
  const values = new Array(count);
  const lates = new Array(count);
  const scoreFns = new Array(count);
  const texts = new Array(count);
  let fillerCalls = 0;
  for (const i of classOrder) {
    const m = mods[i];
    texts[i] = m.barrel ? emitBarrel(m) : emitModule(m);
  }

  function rel(from, to) {
    let r = path.posix.relative(path.posix.dirname(from), to);
    if (!r.startsWith('.')) r = `./${r}`;
    return r;
  }

  function emitBarrel(m) {
    let text = `// ${m.file}: barrel of synth module ${m.i} (generated by bench/lib/synth.mjs)\n`;
    for (const j of m.stars) text += `export * from '${rel(m.file, mods[j].file)}';\n`;
    for (const d of m.named) {
      text += `export { v_${d.j} as bv_${m.i}_${d.j} } from '${rel(m.file, mods[d.j].file)}';\n`;
    }
    return text;
  }

  function emitModule(m) {
    const i = m.i;
    const c = rng.int(1, 9999);
    const mixI = mix(c);
    const seedI = rng.int(1, M - 1);
    const registers = !m.lazy && !m.pure;
    let imports = !registers ? ''
      : `import { register${m.dynamic >= 0 ? ', registerAsync' : ''} } from '${rel(m.file, 'src/registry.js')}';\n`;
    const uses = []; // [expression, value]
    let extendsExpr = null;
    // Local names bound by imports; a name imported twice (a module reached directly and
    // through a barrel) is aliased the second time.
    const bound = new Set();
    const bind = (exported) => {
      if (!bound.has(exported)) {
        bound.add(exported);
        return [exported, exported];
      }
      const local = `dup${alias++}`;
      bound.add(local);
      return [`${exported} as ${local}`, local];
    };
    const named = (from, names) => {
      const spec = [];
      const locals = names.map((x) => {
        const [s, local] = bind(x);
        spec.push(s);
        return local;
      });
      imports += `import { ${spec.join(', ')} } from '${from}';\n`;
      return locals;
    };
    // The cycle import goes at a random place among the others: it is skipped wherever it is.
    const cyclePos = m.cycle >= 0 ? rng.int(0, m.deps.length) : -1;
    let cycleLocal = null;
    const cycleImport = () => {
      [cycleLocal] = named(rel(m.file, mods[m.cycle].file), [`v_${m.cycle}`]);
    };
    m.deps.forEach((d, k) => {
      if (k === cyclePos) cycleImport();
      const t = mods[d.j];
      const from = rel(m.file, t.file);
      const isExt = m.extendsDep === d;
      switch (d.style) {
        case 'named':
        case 'viaBarrel': {
          const src = d.style === 'named' ? from : rel(m.file, mods[d.barrel].file);
          const [v, cls] = named(src, isExt ? [`v_${d.j}`, `C_${d.j}`] : [`v_${d.j}`]);
          uses.push([v, values[d.j]]);
          if (isExt) extendsExpr = cls;
          break;
        }
        case 'alias':
          imports += `import { v_${d.j} as dep${d.alias}${isExt ? `, C_${d.j} as Base${d.alias}` : ''} } from '${from}';\n`;
          uses.push([`dep${d.alias}`, values[d.j]]);
          if (isExt) extendsExpr = `Base${d.alias}`;
          break;
        case 'ns':
          imports += `import * as ns${d.j} from '${from}';\n`;
          uses.push([`ns${d.j}.v_${d.j}`, values[d.j]]);
          if (isExt) extendsExpr = `ns${d.j}.C_${d.j}`;
          break;
        case 'default':
          imports += `import ${t.word}Default${d.j} from '${from}';\n`;
          uses.push([`${t.word}Default${d.j}.value`, values[d.j]]);
          break;
        case 'barrelNs':
          imports += `import * as lib${d.j} from '${from}';\n`;
          uses.push([`lib${d.j}.v_${d.via}`, values[d.via]]);
          break;
        case 'barrelNamed': {
          const [v] = named(from, [`v_${d.via}`]);
          uses.push([v, values[d.via]]);
          break;
        }
        case 'effect':
          imports += `import '${from}';\n`;
          break;
        case 'reexport':
          imports += `export { v_${d.j} as re_${i}_${d.alias} } from '${from}';\n`;
          break;
        default:
          throw new Error(`synth: style ${d.style}`);
      }
    });
    if (cyclePos === m.deps.length) cycleImport();

    let body = `\nconst SEED = ${seedI};\n\nfunction mix(a, b) {\n  return (a * 31 + b + ${c}) % ${M};\n}\n\n`;

    // Local functions up to the module's size, a few of them called at load time.
    const target = rng.quantile(SIZE_QUANTILES);
    const locals = [];
    const callable = [];
    let k = 0;
    while (imports.length + body.length + 900 < target || k === 0) {
      const base = LOCAL_NAMES[k % LOCAL_NAMES.length];
      const name = k < LOCAL_NAMES.length ? base : `${base}${Math.floor(k / LOCAL_NAMES.length)}`;
      const passive = rng.chance(0.3);
      const src = passive ? passiveFiller(rng, name) : callableFiller(rng, name);
      body += src + '\n';
      locals.push(name);
      if (!passive) callable.push({ name, src });
      k++;
    }
    const calls = [];
    const callCount = Math.min(callable.length, rng.int(1, 3));
    for (let q = 0; q < callCount; q++) {
      const f = callable[rng.int(0, callable.length - 1)];
      const arg = rng.int(0, 60);
      // eslint-disable-next-line no-new-func
      const result = new Function(`${f.src}\nreturn ${f.name}(${arg});`)();
      calls.push([`(${f.name}(${arg}) >>> 0) % ${M}`, (result >>> 0) % M]);
      fillerCalls++;
    }

    // The class.
    let classScore = null;
    if (m.hasClass) {
      const s = rng.int(1, 9999);
      const ctorArg = rng.int(1, 9);
      const ext = m.extendsDep;
      const parentScore = ext ? scoreFns[ext.j] : null;
      scoreFns[i] = (x) => ((parentScore ? parentScore(x) : x + 1) * 7 + s) % M;
      const scoreArg = rng.int(0, 20);
      body += `export class C_${i}${ext ? ` extends ${extendsExpr}` : ''} {
  #hits = 0;
  static family = '${m.word}';
  constructor(size = ${ctorArg}) {
    ${ext ? 'super(size);\n    ' : ''}this.size = size;
  }
  score(n) {
    this.#hits++;
    return ((${ext ? 'super.score(n)' : 'n + 1'}) * 7 + ${s}) % ${M};
  }
  get hits() {
    return this.#hits;
  }
  static create(size) {
    return new this(size);
  }
  toString() {
    return \`C_${i}(\${this.size})\`;
  }
}

`;
      classScore = [`C_${i}.create(${ctorArg}).score(${scoreArg})`, scoreFns[i](scoreArg)];
    }

    // The value.
    let acc = seedI;
    body += 'let acc = SEED;\n';
    for (const [expr, value] of [...uses, ...(classScore ? [classScore] : []), ...calls]) {
      body += `acc = mix(acc, ${expr});\n`;
      acc = mixI(acc, value);
    }
    values[i] = acc;
    body += `export const v_${i} = acc;\n\n`;

    // Late (after every module loaded) and async values.
    if (m.cycle >= 0) {
      body += `export function late_${i}() {\n  return mix(v_${i}, ${cycleLocal});\n}\n`;
      lates[i] = () => mixI(values[i], values[m.cycle]);
    } else if (registers) {
      body += `export function late_${i}() {\n  return mix(v_${i}, 1);\n}\n`;
      lates[i] = () => mixI(values[i], 1);
    }
    if (m.dynamic >= 0) {
      const t = mods[m.dynamic];
      body += `\nexport async function load_${i}() {\n  const mod = await import('${rel(m.file, t.file)}');\n  return mix(v_${i}, mod.v_${m.dynamic});\n}\n`;
      m.asyncValue = () => mixI(values[i], values[m.dynamic]);
    }
    if (rng.chance(0.7)) body += `\nexport const api_${i} = { ${locals.join(', ')} };\n`;
    if (m.hasDefault) body += `\nexport default { value: v_${i}, name: '${m.word}${i}' };\n`;
    if (registers) body += `\nregister(${i}, late_${i});\n`;
    if (m.dynamic >= 0) body += `registerAsync(${i}, load_${i});\n`;
    return `// ${m.file}: synth module ${i} (generated by bench/lib/synth.mjs)\n${imports}${body}`;
  }

  // Expected output: the registry hashes (module number, late value) in evaluation order.
  let h = 0;
  let registered = 0;
  let ah = 0;
  let asyncCount = 0;
  for (const i of order) {
    const m = mods[i];
    if (m.barrel || m.pure) continue;
    h = (h * 131 + i * 7 + lates[i]()) % HASH_M;
    registered++;
    if (m.dynamic >= 0) {
      ah = (ah * 131 + i * 7 + m.asyncValue()) % HASH_M;
      asyncCount++;
    }
  }
  const name = `synth${n}`;
  const expected = `${name} modules=${n} registered=${registered} order=${h} async=${asyncCount}:${ah} root=${values[0]}`;

  const registry = `// src/registry.js: load-time registry of the synth program (generated by bench/lib/synth.mjs)
const entries = [];
const asyncEntries = [];

export function register(id, late) {
  entries.push([id, late]);
}

export function registerAsync(id, load) {
  asyncEntries.push([id, load]);
}

export function report() {
  let hash = 0;
  for (const [id, late] of entries) hash = (hash * 131 + id * 7 + late()) % ${HASH_M};
  return { count: entries.length, hash };
}

export async function reportAsync() {
  let hash = 0;
  for (const [id, load] of asyncEntries) hash = (hash * 131 + id * 7 + (await load())) % ${HASH_M};
  return { count: asyncEntries.length, hash };
}
`;
  const entry = `// entry.js: ${name} (generated by bench/lib/synth.mjs). Prints one line; see expected.txt.
import { report, reportAsync } from './src/registry.js';
import { v_0 } from './${mods[0].file}';

const loaded = report();
reportAsync().then((loadedAsync) => {
  console.log(
    \`${name} modules=${n} registered=\${loaded.count} order=\${loaded.hash} async=\${loadedAsync.count}:\${loadedAsync.hash} root=\${v_0}\`,
  );
});
`;
  const files = [['entry.js', entry], ['src/registry.js', registry], ['package.json', '{ "type": "module", "private": true }\n']];
  for (const m of mods) files.push([m.file, texts[m.i]]);
  files.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const bytes = files.reduce((s, [, t]) => s + Buffer.byteLength(t), 0);
  const stats = {
    modules: n,
    barrels: mods.filter((m) => m.barrel).length,
    classes: mods.filter((m) => m.hasClass).length,
    extends: mods.filter((m) => m.extendsDep).length,
    cycles: mods.filter((m) => m.cycle >= 0).length,
    dynamicImports: mods.filter((m) => m.dynamic >= 0).length,
    lazyModules: lazyCount,
    pureModules: mods.filter((m) => m.pure).length,
    defaultExports: mods.filter((m) => m.hasDefault).length,
    imports: mods.reduce((s, m) => s + m.deps.length + m.stars.length + m.named.length, 0),
    fillerCalls,
    bytes,
  };
  return { files, entry: 'entry.js', expected, stats };
}
