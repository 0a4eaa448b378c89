// @bale --experimental-decorators
// Legacy decorators on class expressions and their members: the compiler's emit drops them
// (its checker rejects them), so nothing is logged and the classes stay as written.
function loud(...args: unknown[]) {
    console.log("decorator ran", args.length);
}

const A = class {
    @loud x = 1;
    @loud static s() {
        return "s";
    }
    @loud get g() {
        return 2;
    }
};
const B = @loud class Named {
    @loud m() {
        return Named.name;
    }
};
function take(c: new () => { y: number }) {
    return new c().y;
}
console.log(new A().x, A.s(), new A().g, new B().m());
console.log(take(class { @loud y = 3; }));

// A decorated declaration with a class expression inside it still decorates the declaration.
@loud
class Outer {
    inner = class {
        @loud z = 4;
    };
}
console.log(new new Outer().inner().z);
