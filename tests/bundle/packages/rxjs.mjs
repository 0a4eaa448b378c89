import { from, of, map, filter, reduce, mergeMap, lastValueFrom } from 'rxjs';
const out = [];
from([1, 2, 3, 4, 5]).pipe(filter((x) => x % 2), map((x) => x * 10)).subscribe((v) => out.push(v));
console.log(out.join(','));
lastValueFrom(of(1, 2, 3).pipe(mergeMap((x) => of(x, x)), reduce((a, b) => a + b, 0))).then((v) => console.log(v));
