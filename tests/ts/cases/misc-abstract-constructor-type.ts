type Ctor<T> = abstract new (...a: any[]) => T;
function mixin<B extends Ctor<object>>(Base: B) { abstract class M extends Base { mixed = true; } return M; }
class Root {}
class Final extends mixin(Root) {}
console.log(new Final().mixed);
