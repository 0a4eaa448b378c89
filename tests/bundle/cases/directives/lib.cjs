"use strict";
const f = function () { return typeof this; };
exports.plain = () => f();
