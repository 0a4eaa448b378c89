module Legacy { export const v = "legacy"; }
console.log(Legacy.v);
