// mathjs from its ES module sources (lib/esm): expressions, units, matrices, fractions, big
// numbers and symbolic derivatives.
import { create, all } from 'mathjs';

const math = create(all);
console.log(math.evaluate('sqrt(3^2 + 4^2) * 2'), math.format(math.evaluate('12.7 cm to inch'), { precision: 5 }));
console.log(math.format(math.inv([[1, 2], [3, 4]])), math.det([[2, 0], [1, 3]]));
console.log(math.derivative('x^3 + 2*x^2 - sin(x)', 'x').toString(), math.simplify('2x + 3x - x').toString());
console.log(math.format(math.fraction(1, 3).add(math.fraction(1, 6))), math.bignumber('0.1').plus('0.2').toString());
console.log(math.format(math.complex(2, 3).mul(math.complex(1, -1))), math.std([2, 4, 4, 4, 5, 5, 7, 9]), math.median([5, 3, 1, 4]));
const parser = math.parser();
parser.evaluate('f(x, y) = x^y');
console.log(parser.evaluate('f(2, 10)'), math.parse('a * (b + c)').toTex());
const big = create(all, { number: 'BigNumber', precision: 40 });
console.log(big.evaluate('1 / 3').toString(), big.evaluate('2^100').toString());
