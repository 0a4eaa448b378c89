exports.fromCjs = () => 'from cjs';
