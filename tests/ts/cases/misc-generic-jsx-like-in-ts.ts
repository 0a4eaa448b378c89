const cast = <T>(x: unknown) => x as T;
const v = <string>cast<string>("s");
console.log(v);
