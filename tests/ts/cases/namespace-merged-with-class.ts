class Album { label = Album.Label.make(); }
namespace Album { export class Label { static make() { return "label"; } } }
console.log(new Album().label);
