class Box<T> { constructor(public value: T) {} map<U>(f: (v: T) => U): Box<U> { return new Box<U>(f(this.value)); } }
console.log(new Box<number>(2).map<string>(v => "v" + v).value);
