// Preact server rendering for the JSX cases: the HTML preact-render-to-string makes of the
// element both compilers' outputs build (classic `h` or the automatic `preact/jsx-runtime`).
import { renderToString } from 'preact-render-to-string';
export function html(element) {
    return renderToString(element);
}
