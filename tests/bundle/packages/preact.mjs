import { h, Fragment, Component, createContext } from 'preact';
import { useState } from 'preact/hooks';
const vnode = h('div', { id: 'x' }, h('span', null, 'hi'), h(Fragment, null, 'frag'));
console.log(vnode.type, vnode.props.id, vnode.props.children.length);
console.log(typeof Component, typeof createContext(1).Provider, typeof useState);
