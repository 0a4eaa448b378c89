let x = 'initial';
export default x;              // a snapshot of x's value now
export { x as liveDefault };   // a live binding
export function change() { x = 'changed'; }
