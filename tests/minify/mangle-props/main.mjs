// --mangle-props=_$ --reserve-props=^keep: properties whose names end in `_` are renamed the
// same way in every module; quoted names and the reserved ones stay.
import { makeCounter } from './counter.mjs';
import helpers from './helpers.cjs';
import { twice_ } from './helpers.cjs';

class Point {
    x_ = 1;
    static origin_ = new Point();
    #secret_ = 'private';
    get length_() {
        return Math.hypot(this.x_, this.y_);
    }
    constructor() {
        this.y_ = 2;
    }
    move_(dx) {
        this.x_ += dx;
        return this;
    }
    reveal_() {
        return this.#secret_;
    }
}

const p = new Point().move_(3);
const { x_, y_: why = 0, missing_ = 'default' } = p;
// Short names that stay (`e`, `t`) must never be taken by a renamed property.
const o = { x_, e: 'kept e', t: 'kept t', 'quoted_': 'quoted stays', keep_: 'reserved' };
console.log(p.length_, x_, why, missing_, o.e, o.t, o['quoted_'], o.keep_, Point.origin_.x_);
console.log(p.reveal_(), 'quoted_' in o, Object.keys(o).length);
const c = makeCounter();
c.inc_();
c.inc_();
console.log(c.value_, helpers.shout_('hi'), twice_(21), c?.value_, super_());

function super_() {
    class Base {
        greet_() {
            return 'base';
        }
    }
    class Derived extends Base {
        greet_() {
            return 'derived+' + super.greet_();
        }
    }
    return new Derived().greet_();
}
