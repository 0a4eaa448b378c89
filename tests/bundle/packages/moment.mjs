import moment from 'moment';
console.log(moment.utc('2020-01-02T03:04:05Z').add(1, 'day').format('YYYY-MM-DD HH:mm'));
console.log(moment.duration(90, 'minutes').asHours());
