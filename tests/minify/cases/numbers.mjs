// Numbers, strings and literals print in shorter forms with the same values.
const values = [
  0, -0, 1 / -0, Object.is(-0, 0), 0.5, .25, 5., 1000, 1e3, 123000000, 0x10, 0o17, 0b101,
  1_000_000, 0.000001, 1e-7, 1.5e300, 2e-300, 9007199254740993, 1e21, 1e999, -1e999, 123.456,
  0.1 + 0.2, NaN, Number.isNaN(NaN), NaN === NaN, 10n, 0x1fn, 2n ** 64n, typeof 1n,
  1..toFixed(2), 1.5.toFixed(1), (1e3).toString(), 5 .toString(), 0xff.toString(16),
  true, false, !true, typeof true, true + 1, (true).toString(), true ** 2, -true, +false,
  'single', "double", 'it\'s', "say \"hi\"", 'mixed "a" \'b\'', '\u0041\x42', '</script>',
  'line\
continued', `tmpl ${1 + 1}`, 'tab\there', "", '',
  undefined, typeof undefined, void 0 === undefined, [undefined].length,
  Infinity, -Infinity, typeof Infinity,
];
for (const v of values) console.log(typeof v, Object.is(v, -0) ? '-0' : String(v));
const o = { "a": 1, 'b-c': 2, "constructor": 3, 1: 4, "2": 5, __proto__: null, "x y": 6 };
console.log(Object.getPrototypeOf(o), JSON.stringify(o), o["a"], o['b-c'], o["x y"]);
const key = 'a';
console.log(o[key], o['constructor']);
