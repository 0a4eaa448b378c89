const os = require('os');
const { join } = require('node:path');
module.exports = typeof os.platform() + ' ' + join('a', 'b');
