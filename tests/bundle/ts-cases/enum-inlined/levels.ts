// Enums that are not const: the compiler reads their objects, bale inlines the members whose
// values are known (as esbuild does) and drops an object nothing else reads.
export enum Level {
    Low = 1,
    High = Low * 10,
    Name = 'lvl',
}
// A member that is not constant: the object stays (its wrapper runs code), and that member
// is read from it; the constant ones are still inlined.
export enum Mixed {
    A = 1,
    B = '2'.length + 1,
    C = 5,
}
// Read by value (a reverse mapping), so the object stays.
export enum Rev {
    X = 7,
}
