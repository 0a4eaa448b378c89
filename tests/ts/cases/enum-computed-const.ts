enum Flags { None = 0, A = 1 << 0, B = 1 << 1, AB = A | B, C = ~A, D = -B, E = 10 % 3, F = 2 ** 3, G = 7 >>> 1, H = 7 >> 1, I = A ^ AB }
console.log(JSON.stringify(Flags));
