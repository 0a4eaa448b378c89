// bale's example application: a walking report for the trails in data.json.
//
// It uses every kind of import a bundler has to get right: a JSON module, a namespace import
// of plain JavaScript, a default import, named imports from TypeScript (written with `.js`
// specifiers, as TypeScript wants for ES modules), and a type-only import.
import data from './data.json' with { type: 'json' };
import { Difficulty, Grader, walkingHours } from './difficulty.js';
import formatTable from './format.js';
import * as geo from './geometry.js';
import { mean, median } from './stats.js';
import type { Trail, TrailData } from './types.js';

interface Row {
    trail: Trail;
    km: number;
    gain: number;
    hours: number;
    grade: Difficulty;
}

const grader = new Grader(2.6, 1);
const report = data as TrailData;

const rows: Row[] = report.trails.map((trail) => {
    const km = geo.pathLength(trail.waypoints);
    const { gain } = geo.elevationChange(trail.waypoints);
    const hours = walkingHours(km, gain);
    return { trail, km, gain, hours, grade: grader.grade(hours) };
});

// Longest walk first; the name breaks ties so the order never depends on the engine.
rows.sort((a, b) => b.hours - a.hours || a.trail.name.localeCompare(b.trail.name));

console.log(`Walking report: ${report.region} (${rows.length} trails)`);
console.log('');
console.log(
    formatTable(
        ['trail', '>km', '>climb m', '>hours', 'grade', 'shape'],
        rows.map((r) => [
            r.trail.name,
            r.km.toFixed(2),
            r.gain,
            r.hours.toFixed(1),
            r.grade,
            geo.isLoop(r.trail.waypoints) ? 'loop' : 'one way',
        ]),
    ),
);
console.log('');

const kms = rows.map((r) => r.km);
console.log(`total distance  ${kms.reduce((a, b) => a + b, 0).toFixed(2)} km`);
console.log(`mean distance   ${mean(kms).toFixed(2)} km`);
console.log(`median climb    ${median(rows.map((r) => r.gain))} m`);
console.log(`(distances on a sphere of radius ${geo.EARTH_RADIUS_KM} km)`);
console.log('');
for (const r of rows.filter((row) => row.grade !== Difficulty.Easy)) {
    console.log(grader.describe(r.trail, r.hours));
}
