// tslib: TypeScript's helpers (an "exports" map choosing the ES module build).
import { __awaiter, __rest, __spreadArray, __extends, __assign } from 'tslib';
function Base() { this.kind = 'base'; }
Base.prototype.hello = function () { return 'hello from ' + this.kind; };
function Derived() { Base.call(this); this.kind = 'derived'; }
__extends(Derived, Base);
const { a, ...rest } = { a: 1, b: 2, c: 3 };
console.log(JSON.stringify(__rest({ a: 1, b: 2, c: 3 }, ['a'])), JSON.stringify(rest), a);
console.log(__spreadArray([1], [2, 3], false), new Derived().hello(), JSON.stringify(__assign({ x: 1 }, { y: 2 })));
__awaiter(undefined, undefined, undefined, function* () { const v = yield Promise.resolve(5); return v * 2; }).then((v) => console.log('awaited', v));
