const w = require('./wrapped.cjs');
console.log(w.helper.name, w.Widget.name, w.Widget.describe(), w.run(), w.arrow.name, w.chained.name);
