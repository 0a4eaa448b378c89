function add(a, b) {
  // sum
  return a + b;
}
if (add(1, 2) === 3) console.log("ok");
