const registry = [];
registry.push('registered at load');
export function read() { return registry.join(','); }
