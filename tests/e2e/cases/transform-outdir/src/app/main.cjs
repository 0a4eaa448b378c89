console.log(require("../util/two.cjs"))
