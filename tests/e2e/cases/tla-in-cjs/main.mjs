await Promise.resolve();
console.log("x");
export {};
