// --keep-names: functions and classes declared below the top level keep the `.name` the program
// gives them, however their bindings are renamed.
const out = [];
const show = (...xs) => out.push(xs.map((x) => x.name).join(' '));
show(topLevel); // a top-level function read above its declaration

function topLevel() {}

function declarations() {
    'use strict';
    show(early, late); // declared further down, and read before their declarations run
    return [early, late];
    function early() {}
    function late() {}
}
declarations();

function expressions() {
    const arrow = () => 1;
    let plain = function () {};
    var named = function ownName() { return ownName.name; };
    let later;
    later = () => 2;
    let maybe = null;
    maybe ??= function () {};
    let truthy = 1;
    truthy &&= class {};
    const { fromDefault = () => 3 } = {};
    const [fromArray = class {}] = [];
    function withParam(param = function () {}) { return param; }
    show(arrow, plain, named, later, maybe, truthy, fromDefault, fromArray, withParam());
    out.push(named());
}
expressions();

function classes() {
    class Inner { static who() { return Inner.name + '/' + this.name; } }
    const Expr = class Named { who() { return Named.name; } };
    const Anonymous = class {};
    class OwnName { static name = 'custom'; }
    show(Inner, Expr, Anonymous, OwnName);
    out.push(Inner.who(), new Expr().who());
    const made = new (class Made { constructor() { this.n = Made.name; } })();
    const obj = new function Ctor() { this.n = Ctor.name; }();
    out.push(made.n, obj.n);
}
classes();

function blocks(n) {
    {
        function inBlock() {}
        class InBlock {}
        show(inBlock, InBlock);
    }
    switch (n) {
    case 1:
        show(inCase);
        function inCase() {}
        break;
    default:
    }
    for (const item of [class {}]) out.push(JSON.stringify(item.name));
}
blocks(1);

// A method and an object property take their names from keys, which are not renamed.
const obj = { key: () => 1, method() {} };
show(obj.key, obj.method);
console.log(out.join('\n'));
