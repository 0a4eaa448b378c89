// Uses three.js r108 through whatever namespace it is given (the bundle, or the sources).
export function exercise(THREE) {
  const lines = [];
  const v = new THREE.Vector3(1, 2, 3);
  lines.push(v.clone().multiplyScalar(2).toArray().join(','), v.length().toFixed(6));
  const q = new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 1, 0), Math.PI / 3);
  lines.push(new THREE.Vector3(1, 0, 0).applyQuaternion(q).toArray().map((n) => n.toFixed(6)).join(','));
  const m = new THREE.Matrix4().makeRotationX(0.5).multiply(new THREE.Matrix4().makeTranslation(1, 2, 3));
  lines.push(m.determinant().toFixed(6), new THREE.Matrix4().getInverse(m).elements.map((n) => n.toFixed(4)).join(','));
  const scene = new THREE.Scene();
  const group = new THREE.Group();
  const box = new THREE.Mesh(new THREE.BoxBufferGeometry(1, 2, 3), new THREE.MeshBasicMaterial({ color: 0xff0000 }));
  group.add(box);
  scene.add(group);
  group.position.set(5, 0, 0);
  box.rotation.y = Math.PI / 2;
  scene.updateMatrixWorld(true);
  lines.push(box.getWorldPosition(new THREE.Vector3()).toArray().join(','));
  const bbox = new THREE.Box3().setFromObject(box);
  lines.push(bbox.min.toArray().map((n) => n.toFixed(3)).join(','), bbox.max.toArray().map((n) => n.toFixed(3)).join(','));
  const geo = new THREE.SphereBufferGeometry(1, 8, 6);
  lines.push(geo.attributes.position.count, geo.index.count, box.material.color.getHexString());
  const curve = new THREE.CatmullRomCurve3([new THREE.Vector3(), new THREE.Vector3(1, 1, 0), new THREE.Vector3(2, 0, 0)]);
  lines.push(curve.getPoint(0.25).toArray().map((n) => n.toFixed(5)).join(','));
  lines.push(THREE.REVISION, Object.keys(THREE).length, typeof THREE.WebGLRenderer, THREE.MathUtils ? 'mathutils' : 'math');
  const ray = new THREE.Raycaster(new THREE.Vector3(5, 0, 10), new THREE.Vector3(0, 0, -1));
  lines.push(ray.intersectObject(scene, true).map((h) => h.distance.toFixed(4)).join(','));
  return lines.join('\n');
}
