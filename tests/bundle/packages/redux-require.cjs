// redux and immer through require(): CommonJS builds chosen by "exports" maps.
const { createStore, combineReducers } = require('redux');
const { produce } = require('immer');
const todos = (state = [], action) => (action.type === 'add' ? produce(state, (d) => { d.push({ text: action.text, done: false }); }) : state);
const store = createStore(combineReducers({ todos }));
store.subscribe(() => console.log('state', JSON.stringify(store.getState())));
store.dispatch({ type: 'add', text: 'write tests' });
store.dispatch({ type: 'add', text: 'find bugs' });
console.log(Object.isFrozen(store.getState().todos));
