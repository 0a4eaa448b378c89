import _ from 'underscore';
console.log(_.map([1, 2, 3], (x) => x * 3).join(','), _.template('hi <%= who %>')({ who: 'u' }));
