enum F { Half = 0.5, Next, Big = 1e21, Neg = -0.25, Inf = 1 / 0, Nan = 0 / 0 }
console.log(F.Half, F.Next, F.Big, F.Neg, F.Inf, F.Nan, F[0.5]);
