export * from './hop1.mjs';
import { renamed } from './hop1.mjs';
export { renamed as again };
export { default as Counter } from './hop1.mjs';
