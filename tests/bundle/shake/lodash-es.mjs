// One function from lodash-es ("sideEffects": false, 600+ modules behind one index).
import { kebabCase } from 'lodash-es';
console.log(kebabCase('Tree Shaking Works'));
