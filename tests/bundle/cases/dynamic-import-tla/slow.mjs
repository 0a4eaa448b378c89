console.log('slow start');
export let slow = 'slow pending';
for await (const part of ['a', 'b']) slow = 'slow ' + part;
console.log('slow end');
