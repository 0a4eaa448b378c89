// In CommonJS, top-level `this` is module.exports.
exports.viaThis = this === module.exports;
this.added = 'added through this';
exports.arrowThis = (() => this === exports)();
