/* legal: @preserve old.cjs header */
'use strict';
exports.whisper = (s) => s.toLowerCase() + '...';
//! legal: closing </script> of old.cjs
