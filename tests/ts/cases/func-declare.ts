declare function external(x: number): void;
declare let g: number;
declare const h: string, i: number;
declare var j: any;
function local(): number { return 1; }
console.log(local(), typeof external, typeof g);
