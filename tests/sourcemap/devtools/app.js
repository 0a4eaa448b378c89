// The page of tests/sourcemap/devtools.test.mjs: prints a small price table. One price is too
// wide for its column, and the RangeError thrown four calls down (in format.ts) is what the test
// follows back through the bundle's map.
import { prices } from './data.ts';
import { renderTable } from './render.js';

document.title = 'bale DevTools fixture';
document.body.textContent = renderTable(prices);
