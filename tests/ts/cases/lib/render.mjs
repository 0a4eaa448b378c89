// React server rendering for the JSX cases: the HTML both compilers' outputs produce.
import { renderToStaticMarkup } from 'react-dom/server';
export function html(element) {
    return renderToStaticMarkup(element);
}
