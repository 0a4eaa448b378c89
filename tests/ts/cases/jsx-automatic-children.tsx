// @bale --jsx=automatic
import { show } from "./lib/vdom.mjs";
console.log(show(<ul><li>one</li></ul>));
console.log(show(<ul><li>one</li><li>two</li></ul>));
console.log(show(<ul />));
