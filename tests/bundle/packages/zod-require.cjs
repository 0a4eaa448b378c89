// zod through require(): its CommonJS build.
const { z } = require('zod');
const User = z.object({ name: z.string().min(2), age: z.number().int().positive(), tags: z.array(z.string()).default([]) });
console.log(JSON.stringify(User.parse({ name: 'Ada', age: 36 })));
const bad = User.safeParse({ name: 'A', age: -1 });
console.log(bad.success, bad.error.issues.map((i) => `${i.path.join('.')}:${i.code}`).join(' '));
