// --pure:Object.freeze --pure:Math.max --pure:String: calls whose value is unused are dropped,
// the effects of their arguments stay, in order.
let n = 0;
const log = [];
function note(x) {
    log.push(x);
    return x;
}

function run() {
    Object.freeze({ text: 'pure-call-dropped-1' });
    Object.freeze(note('first argument'), n++, 'pure-call-dropped-2', note('third argument'));
    String('pure-call-dropped-3');
    const used = Object.freeze({ kept: n });
    if (n) Math.max(note('inside if'));
    for (const x of [1]) Math.max(x, note('loop body'));
    return used;
}

// A parameter named like the global is not the global: its calls keep running.
function shadowed(Math) {
    Math.max(note('a local Math runs'));
}

const unusedTop = Object.freeze({ text: 'pure-call-dropped-4' });
const unusedWithEffect = Object.freeze([note('top-level argument')]);
console.log(JSON.stringify(run()), n, String(n));
shadowed({ max: (x) => x });
console.log(log.join(', '));
