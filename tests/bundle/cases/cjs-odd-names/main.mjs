// CommonJS export names that are keywords or not identifiers, imported by name and namespace.
import { class as cls, 'my-key' as dash, delete as del } from './c.cjs';
import * as ns from './c.cjs';
console.log(cls, dash, del, ns['my-key'], Object.keys(ns).sort().join(','));
