// buffer: the browser Buffer (CommonJS, base64-js and ieee754), by its own path.
const { Buffer } = require('buffer/');
const b = Buffer.from('héllo wörld');
console.log(b.toString('base64'), b.toString('hex'), b.readUInt16BE(1), Buffer.concat([b, Buffer.alloc(2)]).length, Buffer.from([1.5e3]).toJSON().data);
const f = Buffer.alloc(8); f.writeDoubleLE(Math.PI); console.log(f.readDoubleLE(0), Buffer.isBuffer(f));
