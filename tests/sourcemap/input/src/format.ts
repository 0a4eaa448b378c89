// Compiled by tsc with an inline map (a data: URL at the end of format.js).
import type { Shape } from './shapes.js';

const units: Record<string, string> = { circle: 'm²', rect: 'm²' };

export function describe(shape: Shape): string {
    const unit: string = units[shape.name] ?? '?';
    return `${shape.name}: ${shape.area().toFixed(2)} ${unit}`;
}
