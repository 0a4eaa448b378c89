type Person = { name: string; tags: string[] };
type Tag = Person["tags"][number];
const t: Tag = "tag";
console.log(t);
