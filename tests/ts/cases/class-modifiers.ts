class A {
  public a = 1;
  private b = 2;
  protected c = 3;
  readonly d = 4;
  static readonly e = 5;
  private static f = 6;
  public static override_ = 7;
  protected readonly g: number = 8;
  getAll() { return [this.a, this.b, this.c, this.d, A.e, A.f, this.g]; }
}
console.log(new A().getAll());
