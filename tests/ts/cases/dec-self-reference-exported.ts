// @bale --experimental-decorators
// Exported and default-exported decorated classes that name themselves in their bodies.
const registry: string[] = [];
function register(name: string) {
    return <T extends new () => object>(cls: T) => {
        registry.push(name);
        const wrapped = class extends cls {
            wrappedBy = name;
        };
        return wrapped as T;
    };
}

@register("service")
export class Service {
    static instance: Service | undefined;
    static get() {
        return (Service.instance ??= new Service());
    }
}

@register("main")
export default class Main {
    clone() {
        return new Main();
    }
}

console.log(registry.join(","));
console.log((Service.get() as any).wrappedBy, Service.get() === Service.get());
console.log((new Main().clone() as any).wrappedBy);
