// node builtins with --platform=node: default, named and namespace imports, node: prefixes, and
// require() from CommonJS, in every output format.
import fs, { readFileSync } from 'fs';
import * as path from 'node:path';
import { EventEmitter } from 'node:events';
import util from 'util';
import cjs from './uses-builtins.cjs';
const e = new EventEmitter();
e.on('x', (v) => console.log('event', v));
e.emit('x', 1);
console.log(typeof fs.readFileSync, readFileSync === fs.readFileSync, path.basename('/a/b.txt'), path.default === undefined ? 'no default' : typeof path.default, util.format('%s=%d', 'n', 5), cjs);
