console.log('lazy.cjs evaluated');
exports.c = 'lazy c';
