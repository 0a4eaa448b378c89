export function helper() { return 'one'; }
export class Widget {}
export const arrow = () => 'one';
export default function () { return 'anonymous default'; }
