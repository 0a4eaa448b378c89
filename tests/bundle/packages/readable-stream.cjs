// readable-stream: node's streams as a CommonJS package (buffer, events, process, string_decoder).
const { Readable, Transform, pipeline, Writable } = require('readable-stream');
const chunks = [];
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
pipeline(Readable.from(['ab', 'cd', 'ef']), upper, new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } }), (err) => console.log(err ?? 'done', chunks.join('|')));
