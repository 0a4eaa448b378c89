const o = { type: 1, interface: 2, declare: 3, namespace: 4, enum: 5, abstract: 6, as: 7 };
console.log(o.type + o.interface + o.declare + o.namespace + o.enum + o.abstract + o.as);
