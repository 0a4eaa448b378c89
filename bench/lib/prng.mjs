// prng: a small seeded pseudo-random generator for the synthetic fixtures.
//
// sfc32 (Chris Doty-Humphrey's "small fast counting" generator, 128-bit state), seeded from
// a string by a 32-bit FNV-1a hash expanded with splitmix32. Only integer operations, so
// every Node.js version on every machine draws the same sequence. Math.random is never used.

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function splitmix32(state) {
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Prng {
  constructor(seed) {
    const sm = splitmix32(fnv1a(String(seed)));
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    for (let i = 0; i < 16; i++) this.u32();
  }

  /** Next unsigned 32-bit integer. */
  u32() {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform float in [0, 1) with 32 bits of randomness. */
  float() {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo, hi) {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p) {
    return this.float() < p;
  }

  pick(list) {
    return list[Math.floor(this.float() * list.length)];
  }

  /**
   * Draw from an empirical distribution given as [probability, value] points with
   * increasing probabilities from 0 to 1, interpolating linearly between points.
   * Only + - * / are used, which IEEE 754 makes exact everywhere (no Math.log or exp).
   */
  quantile(points) {
    const u = this.float();
    for (let i = 1; i < points.length; i++) {
      const [p0, v0] = points[i - 1];
      const [p1, v1] = points[i];
      if (u < p1) return v0 + ((u - p0) / (p1 - p0)) * (v1 - v0);
    }
    return points[points.length - 1][1];
  }
}
