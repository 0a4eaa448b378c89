// @bale --experimental-decorators
const registry: Record<string, any> = {};
const reg = { as: (name: string) => (c: any) => { registry[name] = c; } };
@reg.as("svc")
class Service { hello() { return "hi"; } }
console.log(new registry.svc().hello(), registry.svc === Service);
