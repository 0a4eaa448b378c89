export function plainThis() { return typeof this; }
export function assignUndeclared() { undeclaredGlobal = 1; return 'assigned'; }
