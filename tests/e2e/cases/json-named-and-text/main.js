import data, { name, nested } from './data.json';
import note from './note.txt';
console.log(name, JSON.stringify(nested), data.version, data['not-an-identifier']);
console.log(Object.keys(data).join(','), Object.getPrototypeOf(data) === Object.prototype, Object.hasOwn(data, '__proto__'));
console.log(JSON.stringify(note));
