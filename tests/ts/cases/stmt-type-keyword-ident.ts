const type = { of: 1 };
console.log(type.of);
let as = 1, satisfies = 2, is = 3, infer = 4, keyof = 5, readonly = 6, unique = 7;
console.log(as + satisfies + is + infer + keyof + readonly + unique);
