// @bale --assign-fields
class C { #p = 1; q = this.#p + 1; static #s = 2; static t = C.#s; get() { return [this.#p, this.q, C.t]; } }
console.log(new C().get());
