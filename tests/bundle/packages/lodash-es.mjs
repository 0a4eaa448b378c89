import { chunk, debounce, groupBy, sortBy, uniq, camelCase, merge } from 'lodash-es';
console.log(JSON.stringify(chunk([1, 2, 3, 4, 5], 2)));
console.log(JSON.stringify(groupBy([6.1, 4.2, 6.3], Math.floor)));
console.log(JSON.stringify(sortBy([{ a: 3 }, { a: 1 }], 'a')), uniq([1, 1, 2]).length);
console.log(camelCase('Foo Bar_baz'), JSON.stringify(merge({ a: { b: 1 } }, { a: { c: 2 } })));
console.log(typeof debounce(() => {}, 10));
