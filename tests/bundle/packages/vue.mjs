// vue: reactivity and server-side rendering (an ES module wrapper `export * from` the CommonJS
// builds, behind an "exports" map).
import { reactive, computed, effect, ref, watch, nextTick, createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
const state = reactive({ items: [1, 2, 3] });
const total = computed(() => state.items.reduce((s, x) => s + x, 0));
const log = [];
effect(() => log.push(total.value));
state.items.push(4);
const count = ref(1);
watch(count, (v, old) => log.push(`watch ${old}->${v}`));
count.value = 2;
const app = createSSRApp({ data: () => ({ n: 3 }), render() { return h('ul', Array.from({ length: this.n }, (_, i) => h('li', { key: i }, `item ${i}`))); } });
nextTick().then(() => renderToString(app)).then((html) => console.log(log.join(', '), html));
