exports.value = 'cjs value';
