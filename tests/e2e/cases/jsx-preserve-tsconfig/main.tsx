import { h } from "preact";
import type { VNode } from "preact";
const greet = (name: string): VNode => <p class="greeting">Hello, {name}!</p>;
export default greet;
