const f: (<T>(x: T) => T) | undefined = (x) => x;
console.log(f?.<number>(5));
