export const a = 1;
if (typeof module === "object") console.log("never in node");
module.exports.b = 2;
