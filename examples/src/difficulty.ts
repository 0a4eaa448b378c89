// Trail grading. Shows TypeScript that compiles to real code (an enum, a class with
// parameter properties) next to TypeScript that vanishes (types, `import type`).
import type { Trail } from './types.js';

export enum Difficulty {
    Easy = 'easy',
    Moderate = 'moderate',
    Hard = 'hard',
}

// Naismith's rule: 5 km per hour on the flat, plus 1 hour per 600 m of ascent.
export function walkingHours(km: number, gainMetres: number): number {
    return km / 5 + gainMetres / 600;
}

export class Grader {
    constructor(private readonly hardHours: number, private readonly moderateHours: number) {}

    grade(hours: number): Difficulty {
        if (hours >= this.hardHours) return Difficulty.Hard;
        if (hours >= this.moderateHours) return Difficulty.Moderate;
        return Difficulty.Easy;
    }

    describe(trail: Trail, hours: number): string {
        return `${trail.name}: ${this.grade(hours)}, about ${hours.toFixed(1)} hours`;
    }
}
