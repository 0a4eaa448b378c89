import { Status, RenamedStatus, Other } from './barrel';
import * as barrel from './barrel';
import * as deep from './deep';
import * as status from './status';

console.log(Status.Active, Status.Inactive, Status.Label);
console.log(RenamedStatus.Inactive, Other.X);
console.log(barrel.Status.Active, barrel.Other.X, barrel.RenamedStatus.Label);
console.log(deep.Status.Inactive, deep.Other.X, status.Status.Label);
console.log(Status['Label'], barrel.Status["Active"], deep.RenamedStatus['Inactive']);
