let handler: { on(e: string): void; off?(e: string): boolean; readonly [k: symbol]: number } = { on(e) { console.log("on", e); } };
handler.on("x");
