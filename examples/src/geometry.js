// Plain JavaScript geometry on the sphere. Imported as a namespace (`import * as geo`).
// Side-effect free: only declarations at the top level.

export const EARTH_RADIUS_KM = 6371;

const toRadians = (deg) => (deg * Math.PI) / 180;

// Great-circle distance in km between two {lat, lon} points (haversine formula).
export function distance(a, b) {
    const dLat = toRadians(b.lat - a.lat);
    const dLon = toRadians(b.lon - a.lon);
    const h =
        Math.sin(dLat / 2) ** 2 +
        Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

// Length in km of a path through the points, in order.
export function pathLength(points) {
    let km = 0;
    for (let i = 1; i < points.length; i++) km += distance(points[i - 1], points[i]);
    return km;
}

// Metres climbed and descended along the path.
export function elevationChange(points) {
    let gain = 0;
    let loss = 0;
    for (let i = 1; i < points.length; i++) {
        const step = points[i].ele - points[i - 1].ele;
        if (step > 0) gain += step;
        else loss -= step;
    }
    return { gain, loss };
}

// True when the path ends where it started (within 50 m).
export function isLoop(points) {
    return distance(points[0], points[points.length - 1]) < 0.05;
}
