import { Level, Mixed, Rev } from './levels';
import * as levels from './levels';

console.log(Level.Low, Level.High, Level.Name, levels.Level.High);
console.log(Mixed.A, Mixed.B, Mixed.C, Rev.X, Rev[Rev.X], levels.Rev[7]);
