// TC39 decorators on a class and on every kind of member, written in a .js file.
const log = [];

function logged(value, context) {
    log.push(`${context.kind} ${String(context.name)}${context.static ? " static" : ""}`);
    if (context.kind === "method") {
        return function (...args) {
            log.push(`call ${String(context.name)}`);
            return value.apply(this, args);
        };
    }
    if (context.kind === "field") {
        return (initial) => initial * 10;
    }
}

function withInit(label) {
    return (value, context) => {
        context.addInitializer(function () {
            log.push(`init ${label}`);
        });
    };
}

const deco = { nested: { plain: (v) => v } };
const table = [logged];

@withInit("class") @logged
class Counter {
    @logged count = 4;
    @logged static total = 1;
    @(table[0]) accessor step = 2;
    @deco.nested.plain @withInit("method") increment() {
        this.count += this.step;
        return this.count;
    }
    @logged get double() {
        return this.count * 2;
    }
    @logged static reset() {
        return "reset";
    }
    @logged #secret() {
        return "hidden";
    }
    reveal() {
        return this.#secret();
    }
}

const c = new Counter();
console.log(c.count, Counter.total, c.step, c.increment(), c.double, Counter.reset(), c.reveal());
console.log(log.join("\n"));
