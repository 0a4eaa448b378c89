// mobx built from its TypeScript sources (const enums MakeResult, IDerivationState_ read across
// modules) must behave as its published build: the module to test is the first argument.
const m = await import(process.argv[2]);
const { observable, autorun, computed, action, makeAutoObservable, reaction, runInAction, configure } = m;
configure({ enforceActions: 'never' });
class Store { items = []; filter = ''; constructor() { makeAutoObservable(this); } get count() { return this.items.length; } add(x) { this.items.push(x); } }
const s = new Store();
const log = [];
autorun(() => log.push(`count=${s.count}`));
reaction(() => s.filter, (f) => log.push(`filter=${f}`));
s.add(1); s.add(2); runInAction(() => { s.filter = 'x'; s.add(3); });
const o = observable({ a: 1 }); const c = computed(() => o.a * 2); autorun(() => log.push(`c=${c.get()}`)); o.a = 5;
console.log(log.join(' '));
