// Annex B.3.5: `var e` inside `catch (e)` declares the function's var but its initializer
// assigns the catch parameter; renaming must keep the two apart the same way.
function inFunction() {
  try { throw 'thrown'; } catch (err) { var err = 'caught'; var seen = err; }
  return [typeof err, err, seen].join(' ');
}
function shadowedVar() {
  var e = 'outer';
  try { throw 'inner'; } catch (e) { var e = e + '!'; }
  return e;
}
try { throw 1; } catch (top) { var top = 'top caught'; var topSeen = top; }
console.log(inFunction(), shadowedVar(), typeof top, topSeen);
