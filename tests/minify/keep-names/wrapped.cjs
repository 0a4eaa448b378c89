'use strict';
// A CommonJS module (wrapped in a closure): its top level is renamed like a nested scope.
module.exports = { helper, run: () => helper() }; // before helper's declaration
function helper() { return helper.name; }
class Widget { static describe() { return Widget.name; } }
const arrow = () => 0;
module.exports.Widget = Widget;
module.exports.arrow = arrow;
module.exports.chained = module.exports.also = function chained() {};
