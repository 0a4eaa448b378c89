const f = async <T,>(x: T) => [x];
const g = async (x: number): Promise<number[]> => [x];
Promise.all([f(1), g(2)]).then(r => console.log(JSON.stringify(r)));
