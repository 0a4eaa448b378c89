let x!: number;
x = 3;
let y: string, z!: boolean;
y = "y"; z = true;
console.log(x, y, z);
