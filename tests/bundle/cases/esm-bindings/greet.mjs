export const version = '1.0';
export default function (name) {
  return `hello, ${name}`;
}
