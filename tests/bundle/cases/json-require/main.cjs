// require() of a JSON file gives the parsed value itself: an array stays an array, and an
// object keeps keys that are not identifiers (iconv-lite's tables, mime-db).
const list = require('./list.json');
const table = require('./table.json');
console.log(Array.isArray(list), JSON.stringify(list), list.concat([4]).length);
console.log(JSON.stringify(table), Object.keys(table).join(','), table['a/b'].x);
