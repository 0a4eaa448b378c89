import { N } from './values';
// Negative values keep their meaning next to other operators (the compiler itself prints
// `--2` and `-2 ** 2` here, which do not parse).
console.log(-N.Neg, N.Neg ** 2, 2 ** N.Neg, Object.is(N.NegZero, -0), N.Frac, N.Huge);
console.log(N.Neg.toString(), N.Frac.toFixed(1), typeof N.Huge);
