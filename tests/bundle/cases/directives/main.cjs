#!/usr/bin/env node
"use strict";
// The entry's hashbang stays the first line of the bundle, and "use strict" keeps its meaning
// for the entry and for a CommonJS module.
const lib = require("./lib.cjs");
const g = function () { return typeof this; };
const text = require("fs").readFileSync(__filename, "utf8");
console.log(lib.plain(), g(), text.startsWith("#!/usr/bin/env node\n"));
