const Promise = require('bluebird');
Promise.map([1, 2, 3], (x) => Promise.delay(1).then(() => x * 2)).then((r) => console.log(r.join(',')));
