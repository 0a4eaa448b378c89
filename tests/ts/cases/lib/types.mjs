// Imported by cases only for names they use as types: when the import is elided this module is
// never loaded and its log line never appears.
console.log('types.mjs loaded');
export const Shape = 'Shape value';
export const Point = 'Point value';
export default 'types default';
