class Stack<T> implements Iterable<T> {
  private items: T[] = [];
  push(x: T): this { this.items.push(x); return this; }
  *[Symbol.iterator](): Iterator<T> { yield* this.items; }
}
console.log([...new Stack<number>().push(1).push(2)]);
