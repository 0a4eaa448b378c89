export function log(message) {
  console.log('log:', message);
}
