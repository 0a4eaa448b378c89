// JSON modules: the default import is the parsed value, and (in bundlers) a fresh copy per
// import site is not required: both imports see the same object.
import data from './data.json' with { type: 'json' };
import again from './data.json' with { type: 'json' };
console.log(data.name, data.version, data.nested.deep.length, data['with-dash'], data === again, Object.keys(data).join(','));
