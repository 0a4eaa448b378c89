// Compares two acorn ASTs (ESTree, parsed with preserveParens off) for "the same program apart
// from positions and parentheses". Not a test file itself.
//
// What is ignored:
//   start, end, loc, range    positions
//   Literal.raw               the spelling of a literal: quotes, escapes, 0x10 vs 16, 1_000 vs
//                             1000, 1e3 vs 1000; the value is compared instead (below)
//   Literal.value of a regex  a RegExp object (or null where the engine lacks the flags);
//                             Literal.regex {pattern, flags} is compared instead, exactly
//   Literal.bigint spelling   0x10n vs 16n: the BigInt values are compared
//   ExpressionStatement.directive text
//                             the raw text of a directive ('use strict' vs "use strict"); what
//                             must hold: a statement is a directive in both or in neither, and
//                             it is a "use strict" directive in both or in neither (its string
//                             value is compared through its Literal like any other)
//   parentheses               acorn without preserveParens has no ParenthesizedExpression;
//                             grouping that changes meaning shows up as a different tree
//                             (a?.b.c vs (a?.b).c is a ChainExpression in a different place)
//   nested comma expressions  `(a, b), c` and `a, (b, c)` are compared as `a, b, c`: the only
//                             grouping that can change the tree without changing the meaning
//                             (a + (b + c) is NOT a + b + c, and stays different)
// What is kept, exactly: every node type and every other property — identifier and private
// names, operators, prefix/computed/optional/shorthand/method/kind/static/async/generator/
// expression/delegate/await flags, sourceType, string and number values (Object.is, so -0 and
// NaN are exact), regex pattern and flags, template elements' cooked AND raw values (raw is
// observable through tagged templates and String.raw), import/export names and attributes, and
// the order and number of every list.
//
// The walk is iterative (minified code nests binary expressions thousands deep).

const ignored = new Set(['start', 'end', 'loc', 'range', 'raw']);

function sameLiteral(a, b) {
    if (a.regex || b.regex) {
        if (!a.regex || !b.regex) return 'one is a regular expression, the other not';
        if (a.regex.pattern !== b.regex.pattern) {
            return `regex pattern ${JSON.stringify(a.regex.pattern)} vs ${JSON.stringify(b.regex.pattern)}`;
        }
        if (a.regex.flags !== b.regex.flags) return `regex flags "${a.regex.flags}" vs "${b.regex.flags}"`;
        return undefined;
    }
    if (a.bigint !== undefined || b.bigint !== undefined) {
        if (a.bigint === undefined || b.bigint === undefined) return 'one is a BigInt, the other not';
        return BigInt(a.bigint) === BigInt(b.bigint) ? undefined : `BigInt ${a.bigint}n vs ${b.bigint}n`;
    }
    if (!Object.is(a.value, b.value)) return `value ${show(a.value)} vs ${show(b.value)}`;
    return undefined;
}

// The operands of a comma expression with nested comma expressions spliced in: `(a, b), c`
// and `a, (b, c)` are `a, b, c` (the comma operator is associative; only parentheses differ).
function flatSequence(node) {
    const out = [];
    const add = (e) => (e.type === 'SequenceExpression' ? e.expressions.forEach(add) : out.push(e));
    node.expressions.forEach(add);
    return out;
}

function show(v) {
    if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
    if (typeof v === 'bigint') return `${v}n`;
    if (v && typeof v === 'object') return v.type ? `<${v.type}>` : Array.isArray(v) ? `[${v.length} items]` : '{…}';
    return Object.is(v, -0) ? '-0' : String(v);
}

// Returns undefined when equal, else {path, message, a, b} where a and b are the innermost
// nodes (objects with a `type`) holding the difference, for locating it in both sources.
export function firstDifference(rootA, rootB) {
    const stack = [{ a: rootA, b: rootB, key: 'Program', parent: null, nodeA: rootA, nodeB: rootB }];
    const fail = (item, message) => {
        const keys = [];
        for (let it = item; it; it = it.parent) keys.push(it.key);
        return { path: keys.reverse().join('.').replace(/\.(\d+)/g, '[$1]'), message, a: item.nodeA, b: item.nodeB };
    };
    while (stack.length) {
        const item = stack.pop();
        const { a, b } = item;
        if (a === b) continue;
        if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
            if (!Object.is(a, b)) return fail(item, `${show(a)} vs ${show(b)}`);
            continue;
        }
        if (Array.isArray(a) || Array.isArray(b)) {
            if (!Array.isArray(a) || !Array.isArray(b)) return fail(item, `${show(a)} vs ${show(b)}`);
            if (a.length !== b.length) {
                // Point at the first item that differs, which says more than the list's owner.
                let i = 0;
                while (i < a.length && i < b.length && a[i]?.type === b[i]?.type) i++;
                const at = { ...item, nodeA: a[Math.min(i, a.length - 1)] ?? item.nodeA,
                    nodeB: b[Math.min(i, b.length - 1)] ?? item.nodeB };
                return fail(at, `${a.length} items vs ${b.length} (first different item: [${i}] ` +
                    `${a[i]?.type ?? 'none'} vs ${b[i]?.type ?? 'none'})`);
            }
            for (let i = a.length - 1; i >= 0; i--) {
                stack.push({ a: a[i], b: b[i], key: String(i), parent: item, nodeA: item.nodeA, nodeB: item.nodeB });
            }
            continue;
        }
        const nodeA = a.type ? a : item.nodeA;
        const nodeB = b.type ? b : item.nodeB;
        const here = { ...item, nodeA, nodeB };
        if (a.type !== b.type) return fail(here, `node type ${a.type} vs ${b.type}`);
        if (a.type === 'Literal') {
            const m = sameLiteral(a, b);
            if (m) return fail(here, m);
        }
        if (a.type === 'ExpressionStatement' && (a.directive !== undefined || b.directive !== undefined)) {
            if (a.directive === undefined || b.directive === undefined) {
                return fail(here, 'a directive in one, an expression statement in the other');
            }
            if ((a.directive === 'use strict') !== (b.directive === 'use strict')) {
                return fail(here, `directive "${a.directive}" vs "${b.directive}" (strictness differs)`);
            }
        }
        const keysA = Object.keys(a).filter((k) => !ignored.has(k) && a[k] !== undefined);
        const keysB = Object.keys(b).filter((k) => !ignored.has(k) && b[k] !== undefined);
        const skip = (k) => (a.type === 'Literal' && (k === 'value' || k === 'regex' || k === 'bigint')) ||
            (a.type === 'ExpressionStatement' && k === 'directive');
        const setB = new Set(keysB);
        for (const k of keysA) {
            if (!setB.has(k)) return fail(here, `property "${k}" only in the first`);
        }
        if (keysA.length !== keysB.length) {
            const setA = new Set(keysA);
            return fail(here, `property "${keysB.find((k) => !setA.has(k))}" only in the second`);
        }
        for (let i = keysA.length - 1; i >= 0; i--) {
            const k = keysA[i];
            if (skip(k)) continue;
            if (a.type === 'SequenceExpression' && k === 'expressions') {
                stack.push({ a: flatSequence(a), b: flatSequence(b), key: k, parent: here, nodeA, nodeB });
                continue;
            }
            stack.push({ a: a[k], b: b[k], key: k, parent: here, nodeA, nodeB });
        }
    }
    return undefined;
}
