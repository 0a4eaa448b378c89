// @bale --experimental-decorators
// Constructor parameter decorators join the class decorators, so the class's own name inside
// its body reads the alias here too; with a class decorator that replaces the class as well.
const injected: string[] = [];
function inject(token: string) {
    return (target: object, key: string | undefined, index: number) => {
        injected.push(`${token}@${index}`);
    };
}
function sealedCopy<T extends new (...a: any[]) => object>(c: T) {
    return class Sealed extends c {
        sealed = true;
    };
}

class Service {
    constructor(@inject("db") public db: string, @inject("log") public log?: string) {}
    static create() {
        return new Service("main");
    }
}
console.log(injected.join(" "), Service.create().db);

@sealedCopy
class Repo {
    constructor(@inject("store") readonly store: string) {}
    static open() {
        return new Repo("disk");
    }
    self() {
        return Repo;
    }
}
const r = Repo.open();
console.log((r as any).sealed, r.store, r.self().name, r.self() === Repo, injected.length);
