import { produce } from 'immer';
const base = { todos: [{ done: false, text: 'a' }] };
const next = produce(base, (draft) => {
  draft.todos[0].done = true;
  draft.todos.push({ done: false, text: 'b' });
});
console.log(base.todos.length, next.todos.length, next.todos[0].done, Object.isFrozen(next));
