import { Circle, Rect, total } from './lib/shapes.js';
import { describe } from './lib/format.js';

const shapes = [new Circle(1), new Rect(2, 3)];
for (const s of shapes) console.log(describe(s));
console.log('total', total(shapes).toFixed(3));
