// Shapes of the trail data. Types only: nothing here survives compilation, so a bundler must
// drop this module (and the `import type` lines that name it) entirely.

export interface Waypoint {
    lat: number; // degrees north
    lon: number; // degrees east
    ele: number; // metres above sea level
}

export interface Trail {
    name: string;
    waypoints: Waypoint[];
}

export interface TrailData {
    region: string;
    trails: Trail[];
}
