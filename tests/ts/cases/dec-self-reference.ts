// @bale --experimental-decorators
// A class decorator that replaces the class: inside the body, the class's own name must see
// the replacement (the compiler's `Model_1` alias), in methods, static members and closures.
function tagged<T extends new (...a: any[]) => object>(base: T) {
    return class Tagged extends base {
        tag = "tagged";
    };
}

function log(target: object, key: string) {
    console.log("member", key);
}

@tagged
class Model {
    static created = 0;
    static self = Model;
    static make() {
        Model.created++;
        return new Model();
    }
    @log
    kind() {
        return Model.name + ":" + ((this as any).tag ?? "none");
    }
    later() {
        return () => new Model();
    }
}

const m = Model.make();
console.log(m.kind(), Model.created);
console.log((m.later()() as any).tag);
console.log(Model.self === Model, Model.self.name);
console.log(Object.getPrototypeOf(Model) === Model.self);

// Member decorators only: the class is not replaced.
class Plain {
    @log get me() {
        return Plain;
    }
}
console.log(new Plain().me === Plain);
