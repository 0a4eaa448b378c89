const o: { a?: { b?: () => number } } = { a: { b: () => 5 } };
console.log(o.a?.b!(), o.a!.b?.(), o?.a!.b!());
