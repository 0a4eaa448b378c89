// let, const and class keep their temporal dead zone in the bundle (no var conversion).
import { caught, late, v } from './a.mjs';
console.log(caught, late, v);
