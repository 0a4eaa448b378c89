// A JSON object with a "__proto__" key: JSON.parse makes it an own property, while the same text
// as a JavaScript object literal would set the prototype (esbuild prints ["__proto__"]).
import data from './data.json' with { type: 'json' };
console.log(Object.keys(data).join(','), data.polluted, Object.getPrototypeOf(data) === Object.prototype, JSON.stringify(data));
