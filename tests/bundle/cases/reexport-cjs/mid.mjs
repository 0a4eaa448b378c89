export { default, named } from './dep.cjs';
export * as depNs from './dep.cjs';
export { default as fnAlias } from './dep.cjs';
import d from './dep.cjs';
export const local = d.named;
