function tag<T>(s: TemplateStringsArray, ...v: T[]) { return s.raw.join("|") + v.join(","); }
console.log(tag<number>`a${1}b${2}c`);
