// filler: the bodies of synthetic modules — self-contained functions, classes and data in
// the shapes real application code has (loops, switch, destructuring, template literals,
// regular expressions, generators, closures, private fields, optional chaining, labels,
// try/catch, JSDoc, data tables). Each template returns the source of one top-level
// declaration named `name`. Callable ones are `function name(n)` returning an integer and
// reference nothing outside themselves, so the generator can compute the value a correct
// bundle must produce by evaluating the same text (see synth.mjs).

const WORDS = [
  'alpha', 'bravo', 'cargo', 'delta', 'ember', 'falcon', 'garnet', 'harbor', 'indigo', 'jasper',
  'kernel', 'lumen', 'marble', 'nectar', 'orbit', 'pixel', 'quartz', 'raven', 'signal', 'timber',
  'umber', 'vector', 'willow', 'xenon', 'yonder', 'zephyr',
];

const M = 1000003;

function words(rng, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(rng.pick(WORDS));
  return out;
}

function doc(rng, name, lines) {
  const w = words(rng, 6);
  let text = `/**\n * ${name}: ${w.slice(0, 3).join(' ')} for the ${w[3]} ${w[4]}.\n`;
  for (let i = 0; i < lines; i++) text += ` * ${words(rng, 8).join(' ')}.\n`;
  text += ` * @param {number} n ${w[5]} count\n * @returns {number}\n */\n`;
  return text;
}

// Each template: (rng, name) => source text. `callable` ones take (n) and return an integer.
const CALLABLE = [
  function loopSum(rng, name) {
    const k = rng.int(3, 40);
    const a = rng.int(2, 97);
    return `${doc(rng, name, 1)}function ${name}(n) {
  let total = 0;
  for (let i = 0; i < n + ${k}; i++) {
    total = (total + i * ${a}) % ${M};
  }
  return total;
}
`;
  },

  function switchMap(rng, name) {
    const cases = rng.int(3, 9);
    let body = '';
    for (let c = 0; c < cases; c++) {
      body += `    case ${c}:\n      return ${rng.int(1, 99999)}; // ${rng.pick(WORDS)}\n`;
    }
    return `function ${name}(n) {
  switch (n % ${cases + 1}) {
${body}    default:
      return ${rng.int(1, 99999)};
  }
}
`;
  },

  function stringWork(rng, name) {
    const parts = words(rng, rng.int(3, 7)).map((w) => `'${w}'`);
    return `${doc(rng, name, 2)}function ${name}(n) {
  const parts = [${parts.join(', ')}];
  const text = parts.map((p, i) => \`\${p}-\${i * n}:\${p.toUpperCase()}\`).join('|');
  let hash = ${rng.int(1, 5000)};
  for (const ch of text) hash = (hash * 33 + ch.charCodeAt(0)) % ${M};
  return hash;
}
`;
  },

  function destructure(rng, name) {
    const [a, b] = words(rng, 2);
    return `function ${name}(n, { scale = ${rng.int(2, 9)}, offset = ${rng.int(0, 500)} } = {}) {
  const point = { x: n, y: n * 2, ${a}: '${b}', tags: ['${a}', '${b}'] };
  const { x, y, tags: [first, ...others], ...rest } = point;
  const merged = { ...rest, first, count: others.length };
  return (x * scale + y + offset + Object.keys(merged).length + first.length) % ${M};
}
`;
  },

  function regexWork(rng, name) {
    const w = words(rng, 3);
    return `function ${name}(n) {
  const pattern = /([a-z]+)-(\\d+)/g;
  const text = '${w[0]}-1 ${w[1]}-22 ${w[2]}-${rng.int(100, 999)} tail-' + n;
  let sum = 0;
  for (const m of text.matchAll(pattern)) sum += m[1].length * Number(m[2]);
  return /^\\s*$/.test(text) ? 0 : sum % ${M};
}
`;
  },

  function closureCounter(rng, name) {
    const k = rng.int(2, 30);
    return `function ${name}(n) {
  const make = (start) => {
    let count = start;
    return {
      inc: () => ++count,
      add(v) { count += v; return this; },
      get value() { return count; },
    };
  };
  const counter = make(n);
  for (let i = 0; i < ${k}; i++) counter.inc();
  return counter.add(${rng.int(1, 99)}).value % ${M};
}
`;
  },

  function generator(rng, name) {
    return `${doc(rng, name, 1)}function ${name}(n) {
  function* fib(limit) {
    let a = 0, b = 1;
    while (limit-- > 0) {
      yield a;
      [a, b] = [b, (a + b) % ${M}];
    }
  }
  let sum = 0;
  for (const v of fib(${rng.int(5, 30)} + (n % 7))) sum = (sum + v) % ${M};
  return sum;
}
`;
  },

  function tryCatch(rng, name) {
    const k = rng.int(1, 9);
    return `function ${name}(n) {
  let cleanup = 0;
  try {
    if (n % 3 === ${k % 3}) throw new RangeError('${rng.pick(WORDS)} out of range: ' + n);
    return (n * ${k}) % ${M};
  } catch (err) {
    return err instanceof RangeError ? err.message.length + cleanup : -1;
  } finally {
    cleanup++;
  }
}
`;
  },

  function optionalChain(rng, name) {
    const w = rng.pick(WORDS);
    return `function ${name}(n) {
  const config = n % 2 ? { options: { depth: ${rng.int(1, 50)}, ${w}: null } } : null;
  const depth = config?.options?.depth ?? ${rng.int(1, 50)};
  const extra = config?.options?.${w}?.length ?? config?.missing?.() ?? 0;
  let flags = 0;
  flags ||= depth;
  flags &&= flags + 1;
  return (depth + extra + flags) % ${M};
}
`;
  },

  function labeledLoop(rng, name) {
    const k = rng.int(4, 14);
    return `function ${name}(n) {
  let found = 0;
  outer: for (let i = 0; i < ${k}; i++) {
    for (let j = 0; j < ${k}; j++) {
      if ((i * j + n) % 11 === 3) {
        found += i + j;
        continue outer;
      }
      if (j > i) break;
    }
  }
  return found;
}
`;
  },

  function arrayMethods(rng, name) {
    const k = rng.int(5, 40);
    return `${doc(rng, name, 1)}function ${name}(n) {
  const xs = Array.from({ length: ${k} }, (_, i) => (i * ${rng.int(2, 50)} + n) % 97);
  const odd = xs.filter((x) => x % 2 === 1).map((x) => x * 3);
  const sorted = [...odd].sort((a, b) => b - a);
  return sorted.reduce((a, b) => (a + b) % ${M}, sorted.length ? sorted[0] : 0);
}
`;
  },

  function localClass(rng, name) {
    const a = rng.int(1, 500);
    const b = rng.int(1, 500);
    return `function ${name}(n) {
  class Accumulator {
    #total = 0;
    static count = 0;
    static of(v) {
      Accumulator.count++;
      return new Accumulator().add(v);
    }
    add(v) {
      this.#total += v;
      return this;
    }
    get total() {
      return this.#total;
    }
  }
  return Accumulator.of(n).add(${a}).add(${b}).total % ${M};
}
`;
  },

  function dataTable(rng, name) {
    const rows = rng.int(4, 24);
    let text = '';
    for (let r = 0; r < rows; r++) {
      const w = words(rng, 3);
      text += `    { id: ${rng.int(1, 9999)}, name: '${w[0]}', tags: ['${w[1]}', '${w[2]}'], weight: ${rng.int(0, 100) / 4}, active: ${rng.chance(0.5)} },\n`;
    }
    return `function ${name}(n) {
  const rows = [
${text}  ];
  const row = rows[n % rows.length];
  return (row.id + rows.filter((r) => r.active).length + Math.floor(row.weight)) % ${M};
}
`;
  },

  function taggedTemplate(rng, name) {
    return `function ${name}(n) {
  const tag = (strings, ...values) => strings.raw.join('#').length + values.reduce((a, v) => a + String(v).length, 0);
  const label = '${rng.pick(WORDS)}\\u00e9\\t"${rng.pick(WORDS)}"';
  return tag\`\${label} has \${n} items and \${n * ${rng.int(2, 9)}} parts\\n\` % ${M};
}
`;
  },
];

// Declarations that are never called at module load (still parsed, printed, minified).
const PASSIVE = [
  function asyncFn(rng, name) {
    return `${doc(rng, name, 2)}async function ${name}(url, { retries = ${rng.int(1, 5)}, signal } = {}) {
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const res = await fetch(url, { signal });
      if (!res.ok) throw new Error(\`HTTP \${res.status} for \${url}\`);
      return await res.json();
    } catch (err) {
      if (attempt === retries || signal?.aborted) throw err;
      await new Promise((resolve) => setTimeout(resolve, ${rng.int(10, 500)} * 2 ** attempt));
    }
  }
  return null;
}
`;
  },

  function eventClass(rng, name) {
    const w = words(rng, 4);
    return `class ${name} {
  static #instances = 0;
  #listeners = new Map();
  constructor(label = '${w[0]}') {
    this.label = label;
    ${name}.#instances++;
  }
  on(type, fn) {
    const list = this.#listeners.get(type) ?? [];
    list.push(fn);
    this.#listeners.set(type, list);
    return () => this.off(type, fn);
  }
  off(type, fn) {
    const list = this.#listeners.get(type);
    if (list) this.#listeners.set(type, list.filter((f) => f !== fn));
  }
  emit(type, ...args) {
    for (const fn of this.#listeners.get(type) ?? []) fn.apply(this, args);
  }
  get ['${w[1]}Count']() {
    return this.#listeners.size;
  }
  static get instances() {
    return ${name}.#instances;
  }
  toJSON() {
    return { label: this.label, kind: '${w[2]}-${w[3]}' };
  }
}
`;
  },

  function frozenEnum(rng, name) {
    const members = [...new Set(words(rng, rng.int(4, 12)))];
    return `const ${name} = Object.freeze({
${members.map((m, i) => `  ${m.toUpperCase()}: ${i * rng.int(1, 4)},`).join('\n')}
});
`;
  },

  function messageMap(rng, name) {
    const count = rng.int(3, 10);
    const seen = new Set();
    let text = '';
    for (let i = 0; i < count; i++) {
      const w = words(rng, 5);
      const key = `${w[0]}.${w[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      text += `  '${key}': \`The ${w[2]} \${'${w[3]}'} could not be ${w[4]}ed.\`,\n`;
    }
    return `// Messages shown to the user, keyed by ${rng.pick(WORDS)} code.
const ${name} = {
${text}};
`;
  },
];

/** A callable filler: { src } where src declares function `name(n)` returning an integer. */
export function callableFiller(rng, name) {
  return rng.pick(CALLABLE)(rng, name);
}

/** A passive filler declaration named `name` (function, class or const). */
export function passiveFiller(rng, name) {
  return rng.pick(PASSIVE)(rng, name);
}

/** Local helper names, shared by many modules so bundlers must rename on collision. */
export const LOCAL_NAMES = [
  'format', 'parse', 'helper', 'compute', 'normalize', 'measure', 'render', 'update', 'resolve',
  'merge', 'clamp', 'lookup', 'encode', 'decode', 'validate', 'transform', 'collect', 'score',
  'balance', 'project', 'reduceAll', 'split', 'tokenize', 'layout', 'schedule', 'flush',
];
