import React from 'react';
import { renderToString } from 'react-dom/server';
function App({ name }) {
  const [n] = React.useState(3);
  return React.createElement('p', { className: 'x' }, 'hello ', name, ' ', n);
}
console.log(renderToString(React.createElement(App, { name: 'bale' })));
