// One function from date-fns ("sideEffects": false, `export *` of 250+ modules).
import { addDays } from 'date-fns';
console.log(addDays(new Date(Date.UTC(2020, 0, 30)), 3).toISOString());
