// @bale --jsx=preserve
/** @jsx h */
/** @jsxFrag Fragment */
// Pragmas name the factory that stays imported; the unused React import goes, as the
// compiler decides. Tabs, entities and blank lines inside text are kept as written.
import React from "react";
import { h, Fragment } from "preact";
import { html } from "./lib/preact.mjs";

const note = "n";
console.log(html(
    <>
		<pre>	tab	inside	</pre>

        <p>
            &quot;quoted&quot; &apos;single&apos; &#x1F600; &unknown; {note}

            after a blank line
        </p>
    </>
));
console.log(typeof React);
