console.log(process.env.MODE, typeof DEBUG === "undefined" ? "no DEBUG" : DEBUG, globalThis.FLAG);
