Object.defineProperty(exports, '__esModule', { value: true });
exports.default = { kind: 'default object' };
exports.helper = () => 'helper';
