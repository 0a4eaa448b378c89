class C {
  public: number = 1;
  private?: string;
  readonly = 3;
  declare = 4;
  abstract() { return 5; }
  static static = 6;
  get get() { return 7; }
  set set(v: number) {}
}
const c = new C();
console.log(c.public, c.readonly, c.declare, c.abstract(), C.static, c.get);
