import hoisted, { Late } from './hoisted.mjs';
let tdz;
try { tdz = typeof new Late(); } catch (e) { tdz = e.constructor.name; }
export const early = `${hoisted()} / class before init: ${tdz}`;
