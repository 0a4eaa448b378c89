export * from 'three-108/src/Three.js';
