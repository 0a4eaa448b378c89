/**
 * legal: @license MIT, lib.mjs
 */
/*! legal: entry banner (c) example */
export function shout(s) {
    /*! legal: inside a function */
    return s.toUpperCase() + '!';
}
