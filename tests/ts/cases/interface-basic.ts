interface Point { x: number; y: number }
interface Point3 extends Point { z: number }
interface Gen<T> extends Array<T>, Iterable<T> { extra: T }
const p: Point3 = { x: 1, y: 2, z: 3 };
console.log(p);
