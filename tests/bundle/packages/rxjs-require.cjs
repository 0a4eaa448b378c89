// rxjs through require(): its CommonJS build with tslib helpers.
const { from, Subject, of } = require('rxjs');
const { map, scan, take, toArray, mergeMap } = require('rxjs/operators');
from([1, 2, 3, 4, 5]).pipe(map((x) => x * x), scan((a, b) => a + b, 0), toArray()).subscribe((v) => console.log(v.join(',')));
const s = new Subject();
s.pipe(take(2), mergeMap((x) => of(x, x + 100))).subscribe({ next: (v) => console.log('got', v), complete: () => console.log('complete') });
s.next(1); s.next(2); s.next(3);
