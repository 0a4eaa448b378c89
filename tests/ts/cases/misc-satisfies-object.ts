type Route = { path: string; exact?: boolean };
const routes = { home: { path: "/" }, about: { path: "/about", exact: true } } satisfies Record<string, Route>;
for (const [k, v] of Object.entries(routes) as [string, Route][]) console.log(k, v.path, v.exact ?? false);
