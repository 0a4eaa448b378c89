// A JSON module minified: no whitespace, shorter numbers, identifier keys unquoted, and a
// "__proto__" key still an own property (in an object literal it would set the prototype).
import values from './data/values.json' with { type: 'json' };

const { numbers, nested } = values;

const proto = Object.getOwnPropertyDescriptor(values, '__proto__');
console.log(JSON.stringify(values));
console.log(numbers.map((n) => (Object.is(n, -0) ? '-0' : String(n))).join(' '));
console.log(Object.keys(values).join(','), Object.getPrototypeOf(values) === Object.prototype);
console.log(JSON.stringify(proto.value), Object.keys(values['quoted key']).join(','));
console.log(nested.deep.length, numbers.length);
