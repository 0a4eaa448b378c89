// react-dom/server: large CommonJS (development/production switch on process.env.NODE_ENV).
const React = require('react');
const { renderToString, renderToStaticMarkup } = require('react-dom/server');
function Item({ label }) { return React.createElement('li', { className: 'item' }, label, ' & more'); }
function List({ items }) { return React.createElement('ul', null, items.map((x) => React.createElement(Item, { key: x, label: x }))); }
console.log(renderToString(React.createElement(List, { items: ['a', 'b'] })));
console.log(renderToStaticMarkup(React.createElement('p', { style: { marginTop: 2 } }, 'text')));
