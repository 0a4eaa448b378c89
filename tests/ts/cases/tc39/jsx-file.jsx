// A .jsx file: TC39 decorators next to JSX.
const React = { createElement: (type, props, ...children) => ({ type, props, children }) };
const calls = [];
function bound(value, context) {
    context.addInitializer(function () {
        this[context.name] = this[context.name].bind(this);
    });
    calls.push(context.name);
}

class View {
    label = "view";
    @bound render() {
        return <div title={this.label}>{this.label} &amp; more</div>;
    }
}

const { render } = new View();
console.log(JSON.stringify(render()), calls.join());
