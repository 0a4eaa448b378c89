console.log('tla start');
await new Promise((r) => setTimeout(r, 10));
export const v = 'tla value';
