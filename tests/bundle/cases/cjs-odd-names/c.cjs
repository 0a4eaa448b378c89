exports.class = 'cls';
exports['my-key'] = 'dash';
exports.then = undefined;
exports.delete = 'del';
