// Top-level names renamed to stay unique in the bundle keep the .name the program can see
// (issue 6: "a renamed class or function keeps its .name").
import anon, { helper as h1, Widget as W1, arrow as a1 } from './one.mjs';
import { helper as h2, Widget as W2, arrow as a2, Expr } from './two.mjs';
function helper() { return 'main'; }
class Widget {}
const arrow = () => 'main';
console.log(h1.name, h2.name, helper.name, h2());
console.log(W1.name, W2.name, Widget.name, W2.describe());
console.log(a1.name, a2.name, arrow.name, anon.name, Expr.name, new Expr().who());
