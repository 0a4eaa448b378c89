let a: number = 1
let b: string = "b"
type T = { x: number }
interface I { y: string }
const c: T = { x: a }
console.log(a, b, c)
