export { Status } from './status';
export { Status as RenamedStatus } from './status';
export * from './status';
