// Called before its place in the block, from inside a function, in a switch case, after an if.
function outer(kind) {
  {
    early();
    function early() { seen.push('early'); }
  }
  switch (kind) {
    case 1:
      function fromCase() { return 'case'; }
  }
  if (kind) function bare() { return 'bare'; }
  return [typeof early, fromCase(), bare(), typeof bare].join(' ');
}
var seen = [];
console.log(outer(1), seen.join());
