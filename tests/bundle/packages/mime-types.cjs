// mime-types: CommonJS requiring a large JSON database (mime-db).
const mime = require('mime-types');
console.log(mime.lookup('a.json'), mime.lookup('x.tar.gz'), mime.contentType('html'), mime.extension('image/svg+xml'), mime.charset('text/plain'), Object.keys(mime.types).length > 900);
