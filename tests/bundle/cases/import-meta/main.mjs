// import.meta in every output format: node gives an ES module its URL; a bundle must at least
// stay valid JavaScript and give the same answers for these checks.
console.log(typeof import.meta, typeof import.meta.url, import.meta.url.startsWith('file:'));
