export as namespace MyLib;
export const lib = "lib";
console.log(lib);
