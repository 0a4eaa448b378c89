// Direct eval sees the module's own top-level names: they must keep their spelling.
const secret = 'a.secret';
export function peek(code) { return eval(code); }
