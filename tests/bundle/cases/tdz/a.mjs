let caught;
try { caught = typeof v + ' ' + v; } catch (e) { caught = e.constructor.name; }
export let v = 1;
export { caught };
export const late = (() => { try { return C.name; } catch (e) { return e.constructor.name; } })();
export class C {}
