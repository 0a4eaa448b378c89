function f() { enum Local { X = 5, Y } return Local.Y; }
console.log(f(), f());
