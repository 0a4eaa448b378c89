// A small TypeScript library, compiled by tsc with a linked map (shapes.js.map).
export interface Shape {
    area(): number;
    name: string;
}

export class Circle implements Shape {
    readonly name: string = 'circle';
    constructor(private readonly radius: number) {}
    area(): number {
        return Math.PI * this.radius ** 2;
    }
}

export class Rect implements Shape {
    readonly name = 'rect';
    constructor(
        private readonly w: number,
        private readonly h: number,
    ) {}
    area(): number {
        return this.w * this.h;
    }
}

export function total(shapes: readonly Shape[]): number {
    let sum = 0;
    for (const s of shapes) sum += s.area();
    return sum;
}
