import { addDays, format, differenceInCalendarDays, parseISO, isLeapYear } from 'date-fns';
const d = parseISO('2024-02-27T12:00:00Z');
console.log(format(addDays(d, 3), 'yyyy-MM-dd'), differenceInCalendarDays(addDays(d, 10), d));
console.log(isLeapYear(d), format(new Date(2020, 0, 5), 'EEEE do MMMM'));
