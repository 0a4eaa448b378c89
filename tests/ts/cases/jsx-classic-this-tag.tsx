/** @jsx h */
import { show } from "./lib/vdom.mjs";
function h(type: any, props: any, ...children: any[]) { return { type, props: { ...props, children } }; }
class C { Tag = function Inner() {}; render() { return <this.Tag x={1} />; } }
console.log(show(new C().render()));
