import chalk from 'chalk';
const c = new chalk.constructor ? chalk : chalk;
console.log(typeof c.red, c.level >= 0);
