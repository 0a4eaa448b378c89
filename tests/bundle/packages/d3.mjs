import { scaleLinear, extent, range, format } from 'd3';
const s = scaleLinear().domain([0, 10]).range([0, 100]);
console.log(s(2.5), extent([5, 1, 9]).join(','), range(3).join(','), format('.2f')(Math.PI));
