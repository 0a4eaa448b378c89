// entities: TypeScript-authored dual build with an "exports" map and "sideEffects": false.
import { encodeHTML, decodeHTML, escapeUTF8, decodeXML, encodeXML } from 'entities';
console.log(encodeHTML('<a href="x">café & ☃</a>'), decodeHTML('&lt;p&gt; &amp;amp; &eacute;&nbsp;&#x263a;'));
console.log(escapeUTF8('a < b & "c"'), decodeXML('&apos;&quot;'), encodeXML('<é>'));
