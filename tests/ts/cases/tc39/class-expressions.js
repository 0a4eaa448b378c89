// Decorated class expressions wherever an expression may stand.
const names = [];
function named(value, context) {
    names.push(String(context.name));
}
function wrap(value, context) {
    return class extends value {
        wrapped = context.kind;
    };
}

const First = @named class {};
const Second = @named @wrap class Inner {
    @named m() {
        return "m";
    }
};
function make() {
    return @wrap class {};
}
const list = [@named class Listed {}, (@wrap class {})];
console.log((@named class Stated {}).name);
console.log(new Second().wrapped, new Second().m(), new (make())().wrapped, new list[1]().wrapped);
console.log(typeof First, list[0].name, names.join(","));
