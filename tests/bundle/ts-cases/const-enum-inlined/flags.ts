// Numbers (negative, fractional, bit flags, members built from other members) and strings
// (both quote styles, escapes, a template without substitutions).
export const enum Flag {
    None = 0,
    Read = 1 << 0,
    Write = 1 << 1,
    ReadWrite = Read | Write,
    Minus = -3,
    Half = 0.5,
    Big = 2 ** 40,
    Inverse = ~ReadWrite,
    Next,
}

export const enum Color {
    Red = 'red',
    Green = "gr\"een",
    Tab = 'a\tb',
    Tpl = `tpl`,
}
