import { createStore, combineReducers } from 'redux';
const counter = (s = 0, a) => (a.type === 'inc' ? s + 1 : s);
const store = createStore(combineReducers({ counter }));
store.dispatch({ type: 'inc' });
store.dispatch({ type: 'inc' });
console.log(JSON.stringify(store.getState()));
