class C { #a: number = 1; static #b: string = "b"; #m(): number { return this.#a; } get() { return [this.#m(), C.#b, #a in this]; } }
console.log(new C().get());
