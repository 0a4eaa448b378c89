import { Widget, make } from './a.mjs';
import { Widget as OtherWidget, make as otherMake } from './b.mjs';
import anon from './anon.mjs';
import AnonClass from './anon-class.mjs';
import arrow from './arrow.mjs';
import Named from './named-static.mjs';
function make2() {}
class Widget2 {}
console.log(Widget.name, make.name, OtherWidget.name, otherMake.name, make2.name, Widget2.name);
console.log(anon.name, AnonClass.name, arrow.name, Named.name);
console.log(new Widget().kind, new OtherWidget().kind);
