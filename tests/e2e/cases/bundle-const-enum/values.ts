export const enum N {
    Neg = -2,
    NegZero = -0,
    Frac = 1.25,
    Huge = 1e21,
}
