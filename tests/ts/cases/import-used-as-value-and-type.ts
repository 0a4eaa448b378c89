import { Klass } from "./lib/side.mjs";
const k: Klass = new Klass();
console.log(k.hello());
