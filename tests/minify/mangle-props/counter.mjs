export function makeCounter() {
    return {
        value_: 0,
        inc_() {
            this.value_++;
        },
    };
}
