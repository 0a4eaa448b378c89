// The svelte compiler from its own ES module sources (svelte/compiler → src/compiler/index.js):
// compile a component for the server and for the client, and parse it.
import { compile, parse, VERSION } from 'svelte/compiler';

const source = `<script>
    let { name = 'world', items = [] } = $props();
    let count = $state(0);
    let doubled = $derived(count * 2);
</script>

<h1 class:big={count > 2}>Hello {name}!</h1>
{#each items as item, i (item.id)}
    <p>{i}: {item.label}</p>
{:else}
    <p>nothing</p>
{/each}
<button onclick={() => count++}>{count} / {doubled}</button>

<style>
    h1 { color: red; }
    .big { font-size: 2em; }
</style>
`;

for (const generate of ['server', 'client']) {
    const out = compile(source, { generate, filename: 'App.svelte', css: 'injected' });
    console.log(`--- ${generate}`);
    console.log(out.js.code);
    console.log(out.warnings.map((w) => w.code).join(','));
}
const ast = parse(source, { modern: true });
console.log(VERSION.split('.')[0], ast.fragment.nodes.map((n) => n.type).join(','), ast.css.children.length);
try {
    compile('<div>{#if}</div>', { filename: 'Bad.svelte' });
} catch (e) {
    console.log(e.code, e.message.split('\n')[0]);
}
