// Names bale generates (require_x, x_exports, import_x, runtime helpers) and names it picks when
// renaming (x2, x3…) never capture a name the program declares, at the top level or nested.
import * as esm from './esm.mjs';
import cjs from './lib.cjs';
import { value } from './lib.cjs';
import { x as ax } from './a.mjs';
import { x as bx, f, g, h } from './b.mjs';
const require_lib = 'user require_lib';
const esm_exports = 'user esm_exports';
const import_lib = 'user import_lib';
const __ns = 'user __ns', __toESM = 'user __toESM', __commonJS = 'user __commonJS', __toCommonJS = 'user';
var main_exports = 'user main_exports';
const x = 'main';
console.log(esm.v, cjs.value, value, require_lib, esm_exports, import_lib, __ns, __toESM, __commonJS, __toCommonJS, main_exports, Object.keys(esm));
console.log(ax, bx, x, f(), g(' param'), h());
