// Not const: the compiler reads the object at run time; bale inlines Plain.One, and Plain[2]
// keeps the object.
export enum Plain {
    One = 1,
    Two,
}
export const config = { mode: 'fast', level: 3 };
export namespace Space {
    export const value = 42;
}
export const enum Dir {
    Up = 'UP',
}
