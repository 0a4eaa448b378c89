enum K { "a-b" = 1, 'c d' = 2, e = 3 }
console.log(K["a-b"], K["c d"], K.e, K[1]);
