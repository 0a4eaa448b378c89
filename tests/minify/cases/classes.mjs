// Classes, private names, static blocks, super, getters, computed keys.
class Base {
  #secret = 42;
  static count = 0;
  static { Base.count = 1; }
  get secret() { return this.#secret; }
  ['comp' + 'uted']() { return 'computed'; }
  static create() { return new this(); }
}
class Derived extends Base {
  constructor() { super(); this.kind = 'derived'; }
  get secret() { return super.secret + 1; }
  static create() { return super.create(); }
}
const d = Derived.create();
console.log(d.secret, d.computed(), d.kind, Base.count, d instanceof Base);
const o = { method() { return 'm'; }, get g() { return 'g'; }, async am() { return 1; }, *gen() { yield 1; } };
console.log(o.method(), o.g, typeof o.am, [...o.gen()]);
