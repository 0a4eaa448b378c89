import { Color, Flag } from './flags';

function describe(f: Flag): string {
    const parts: string[] = [];
    if (f & Flag.Read) parts.push('read');
    if (f & Flag.Write) parts.push('write');
    return parts.join('+') || 'none';
}

console.log(describe(Flag.ReadWrite), describe(Flag.None), describe(Flag.Write));
console.log(Flag.Minus, 0 - Flag.Minus, 2 ** Flag.Minus, Math.pow(Flag.Minus, 2), Flag.Half * 4);
console.log(Flag.Big, Flag.Inverse, Flag.Next, typeof Flag.Read);
console.log(Color.Red, Color.Green, JSON.stringify(Color.Tab), Color.Tpl, Color.Red.length);
console.log(`${Color.Red}-${Flag.Write}`, Color.Red + Flag.Half);
const table: Record<string, number> = { [Color.Red]: Flag.Read };
console.log(table.red, Color.Red === 'red');
