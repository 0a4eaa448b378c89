module.exports = { kind: 'cjs' };
