import path = require("node:path");
import unused = require("node:fs");
namespace Util { import J = JSON; export const text = J.stringify({ base: path.basename("/x/y.txt") }); }
console.log(Util.text);
export = { text: Util.text };
