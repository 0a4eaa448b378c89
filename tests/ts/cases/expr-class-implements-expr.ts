interface Named { name: string }
const C = class implements Named { name = "anon" };
console.log(new C().name);
