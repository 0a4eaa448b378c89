// In an ES module, top-level `this` is undefined.
export const esmThis = typeof this;
export const arrowThis = (() => typeof this)();
let member;
try { member = this.x; } catch (e) { member = e.constructor.name; }
export { member };
export class Holder { static self = this; field = this; }
