console.log('heavy ran');
exports.value = 'x'.repeat(1000);
