// @bale --experimental-decorators
// An anonymous default-exported class with legacy decorators: the compiler names it
// `default_1`, which its decorators and `.name` see.
const seen: string[] = [];
function named(c: Function) {
    seen.push("class " + c.name);
}
function member(target: object, key: string) {
    seen.push("member " + key + " of " + (target as any).constructor.name);
}

@named
export default class {
    @member run() {
        return "ran";
    }
}

console.log(seen.join(", "));
