// @babel/runtime: helper modules through an "exports" map with ESM and CommonJS halves.
import _objectSpread2 from '@babel/runtime/helpers/objectSpread2';
import _classCallCheck from '@babel/runtime/helpers/classCallCheck';
import _createClass from '@babel/runtime/helpers/createClass';
import _toConsumableArray from '@babel/runtime/helpers/toConsumableArray';
const Point = /*#__PURE__*/ _createClass(function Point(x) { _classCallCheck(this, Point); this.x = x; }, [{ key: 'double', value: function () { return this.x * 2; } }]);
console.log(JSON.stringify(_objectSpread2({ a: 1 }, { b: 2 })), new Point(21).double(), _toConsumableArray(new Set([1, 2, 2])));
try { Point(); } catch (e) { console.log(e.constructor.name, e.message); }
