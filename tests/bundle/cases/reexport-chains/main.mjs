// Re-export chains keep live bindings and names: renamed, through `export *`, `export * as`,
// and default re-exported under a new name.
import { renamed, again, increment, Counter, sourceNs } from './hop2.mjs';
import * as hop2 from './hop2.mjs';
console.log(renamed, again, sourceNs.value, hop2.renamed);
increment();
console.log(renamed, again, sourceNs.value, hop2.renamed, Counter.name, Counter.label, Object.keys(hop2).join(','));
