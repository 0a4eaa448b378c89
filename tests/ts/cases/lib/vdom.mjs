// Prints an element tree built by any JSX runtime (React, Preact, a custom `h`) in one
// deterministic form, so two compilers' outputs can be compared by what they build.
export function show(node) {
    return JSON.stringify(simplify(node));
}

function simplify(node) {
    if (Array.isArray(node)) return node.map(simplify);
    if (node === null || typeof node !== 'object') return node;
    const type = typeof node.type === 'function' ? node.type.name || 'anonymous' : typeof node.type === 'symbol' ? node.type.toString() : node.type;
    const props = {};
    for (const [k, v] of Object.entries(node.props ?? {})) {
        props[k] = k === 'children' ? simplify(v) : typeof v === 'function' ? 'fn' : simplify(v);
    }
    return { type, key: node.key ?? null, props };
}
