import { observable, autorun, computed, runInAction } from 'mobx';
const state = observable({ n: 1 });
const doubled = computed(() => state.n * 2);
const seen = [];
autorun(() => seen.push(doubled.get()));
runInAction(() => { state.n = 5; });
console.log(seen.join(','));
