// d3 through one namespace of all its 30 packages (each a single ES module file): scales, shapes,
// formats, time, geo, hierarchy, a force layout, contours, Delaunay, colors.
import * as d3 from 'd3';

const out = [];
const x = d3.scaleLinear().domain([0, 10]).range([0, 100]).nice();
const t = d3.scaleUtc().domain([Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)]).range([0, 500]);
out.push(x(2.5), x.ticks(5).join(','), t.ticks(4).map((d) => d.toISOString().slice(0, 10)).join(','));
out.push(d3.format('.3s')(123456), d3.format('$,.2f')(1234.5), d3.utcFormat('%Y-%m-%d %a')(new Date(Date.UTC(2024, 1, 29))));
out.push(d3.line().curve(d3.curveMonotoneX)([[0, 0], [1, 3], [2, 1], [3, 4]]));
out.push(d3.arc().innerRadius(10).outerRadius(20)({ startAngle: 0, endAngle: Math.PI / 2 }));
out.push(d3.pie().value((d) => d)([1, 2, 3]).map((a) => a.endAngle.toFixed(3)).join(','));
const square = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] } };
const projection = d3.geoMercator().fitSize([200, 200], square);
out.push(d3.geoPath(projection)(square), d3.geoArea(square).toFixed(6), d3.geoDistance([0, 0], [90, 0]).toFixed(6));
const root = d3.hierarchy({ name: 'r', children: [{ name: 'a', v: 3 }, { name: 'b', v: 1 }, { name: 'c', children: [{ name: 'd', v: 2 }] }] }).sum((d) => d.v ?? 0);
d3.treemap().size([100, 60]).padding(1)(root);
out.push(root.leaves().map((l) => `${l.data.name}:${l.x0.toFixed(1)},${l.y0.toFixed(1)}`).join(' '));
const nodes = d3.range(5).map((i) => ({ id: i }));
const sim = d3.forceSimulation(nodes).force('link', d3.forceLink([{ source: 0, target: 1 }, { source: 1, target: 2 }]).id((d) => d.id))
    .force('charge', d3.forceManyBody()).force('center', d3.forceCenter(0, 0)).stop();
sim.tick(50);
out.push(nodes.map((n) => `${n.x.toFixed(2)},${n.y.toFixed(2)}`).join(' '));
const values = d3.range(100).map((i) => Math.sin(i / 10) * Math.cos((i % 10) / 3));
out.push(d3.contours().size([10, 10]).thresholds([0, 0.5])(values).map((c) => c.coordinates.length).join(','));
const delaunay = d3.Delaunay.from([[0, 0], [10, 0], [0, 10], [10, 10], [5, 5]]);
out.push(Array.from(delaunay.triangles).join(','), delaunay.find(6, 6));
out.push(d3.interpolateRgb('red', 'blue')(0.25), d3.hsl('steelblue').brighter().formatHex(), d3.schemeCategory10[3]);
out.push(d3.mean([1, 2, 3, 4]), d3.quantile([1, 2, 3, 4, 5], 0.3), JSON.stringify(d3.bin().thresholds(3)([1, 2, 2, 3, 5, 8]).map((b) => b.length)));
out.push(Object.keys(d3).length > 400);
console.log(out.join('\n'));
