// Not const: the object is read at run time (the compiler inlines only const enums).
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
