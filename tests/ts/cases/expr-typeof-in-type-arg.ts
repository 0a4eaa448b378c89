const sample = { a: 1 };
const list: Array<typeof sample> = [sample];
console.log(list.length);
