// A few operators from rxjs (its ESM build behind an "exports" map, "sideEffects": false).
import { of, map, filter } from 'rxjs';
of(1, 2, 3, 4).pipe(filter((x) => x % 2 === 0), map((x) => x * 10)).subscribe((x) => console.log(x));
