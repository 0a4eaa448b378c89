/*! legal: entry banner (c) example */
// An ordinary comment is never kept.
import { shout } from './lib.mjs';
import { whisper } from './old.cjs';
//! legal: line comment in the entry
console.log(shout('a'), whisper('b'));
/** legal: @license at the end of the entry */
