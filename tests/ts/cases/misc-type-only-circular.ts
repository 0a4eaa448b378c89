interface Node_ { next?: Node_; value: number }
const n: Node_ = { value: 1, next: { value: 2 } };
console.log(n.next!.value);
