declare module "untyped";
declare module 'other' { }
console.log("ok");
