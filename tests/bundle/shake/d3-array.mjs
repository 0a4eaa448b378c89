// One function from d3 (re-exports of its d3-* packages, each "sideEffects": false).
import { extent } from 'd3';
console.log(extent([3, 1, 4, 1, 5]));
