// Decorators before and after `export`, and on an anonymous default export.
const seen = [];
const mark = (name) => (value, context) => {
    seen.push(`${name}:${context.kind}:${String(context.name)}`);
};

export @mark("a") class A {
    @mark("m") m() {}
}

@mark("b") export class B {}

export default @mark("d") class {
    @mark("f") static f = 1;
}

console.log(seen.join(" "));
