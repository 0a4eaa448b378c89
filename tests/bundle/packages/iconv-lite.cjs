// iconv-lite: CommonJS with lazily required codec tables.
const iconv = require('iconv-lite');
const buf = iconv.encode('Grüße, 你好', 'win1252');
console.log(buf.toString('hex'), iconv.decode(Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), 'gbk'), iconv.encodingExists('utf16le'), iconv.decode(iconv.encode('Привет', 'koi8-r'), 'koi8-r'));
