// In an ES module, top-level `this` is undefined.
export const esmThis = typeof this;
export const arrowThis = (() => typeof this)();
