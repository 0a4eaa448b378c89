// date-fns through require(): its CommonJS build (250+ modules compiled from ESM, __esModule).
const { format, addDays, differenceInCalendarDays, parseISO, formatDistanceStrict, eachDayOfInterval } = require('date-fns');
const { enGB } = require('date-fns/locale');
const d = parseISO('2024-02-27T10:00:00Z');
console.log(format(addDays(d, 3), 'yyyy-MM-dd'), differenceInCalendarDays(parseISO('2024-03-10'), parseISO('2024-02-27')));
console.log(formatDistanceStrict(parseISO('2024-01-01'), parseISO('2024-03-01'), { locale: enGB }), eachDayOfInterval({ start: parseISO('2024-02-27'), end: parseISO('2024-03-01') }).length);
