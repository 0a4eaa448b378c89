export enum Color { Red = "RED", Green = "GREEN" }
export const enum Size { S = 1, M = 2 }
console.log(Color.Red, Size.M);
