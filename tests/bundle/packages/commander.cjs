// commander: a CommonJS class hierarchy (EventEmitter subclasses).
const { Command } = require('commander');
const program = new Command();
program.name('tool').version('1.2.3').option('-d, --debug', 'debug output').option('-n, --count <n>', 'count', (v) => Number(v), 1)
    .arguments('<file>').action(() => {});
program.exitOverride();
program.parse(['node', 'tool', '-d', '--count', '4', 'in.txt']);
console.log(JSON.stringify(program.opts()), program.args, program.helpInformation().split('\n').length);
