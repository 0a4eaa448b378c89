import { z } from 'zod';
const User = z.object({ name: z.string().min(2), age: z.number().int().positive() });
console.log(User.safeParse({ name: 'Al', age: 3 }).success);
const bad = User.safeParse({ name: 'A', age: -1 });
console.log(bad.success, bad.error.issues.map((i) => i.path.join('.')).join(','));
