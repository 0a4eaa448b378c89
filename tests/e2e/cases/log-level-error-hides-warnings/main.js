let fancy;
try {
  fancy = require('not-installed-anywhere');
} catch {
  fancy = null;
}
console.log(fancy);
