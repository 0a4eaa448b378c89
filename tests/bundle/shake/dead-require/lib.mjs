export function used() {
    return 'used';
}

export function unused() {
    return require('./heavy.cjs').value;
}
