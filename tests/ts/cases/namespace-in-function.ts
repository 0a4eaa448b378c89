function make() { namespace Inner { export const v = 9; } return Inner.v; }
console.log(make());
