try { throw new Error("boom"); } catch (e: unknown) { console.log((e as Error).message); }
try { throw 1; } catch (e: any) { console.log(e); }
