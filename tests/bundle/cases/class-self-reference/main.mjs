// A class that names itself inside its body, renamed because another module has a class of the
// same name: `new Node()` inside b's Node must still mean b's Node (svelte's Scope.child()).
import { Node as A } from './a.mjs';
import { Node as B } from './b.mjs';
console.log(new A().kind(), new B().child().kind(), B.make().kind());
