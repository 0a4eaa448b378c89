export const enum Kind {
    A = 1,
    B = 2,
    C = 'c',
}
export const enum Unused {
    Z = 26,
}
export const version = 'v1';
