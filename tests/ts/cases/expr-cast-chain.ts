const v = ((1 as unknown) as number) + (<number>(<any>2));
const w = (v as number).toString() as string;
console.log(v, w);
