// An ES module stays strict in an iife, while a banner before the iife keeps its own mode.
function plain() { return typeof this; }
console.log(plain(), globalThis.bannerThis);
