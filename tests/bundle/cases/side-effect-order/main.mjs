import './first.mjs';
import { used } from './second.mjs';
import './third.mjs';
console.log('main', used);
