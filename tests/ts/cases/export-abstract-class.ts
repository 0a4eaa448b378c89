export abstract class Base { abstract m(): void; hi() { return "hi"; } }
export default abstract class Def extends Base { m() {} }
class C extends Def {}
console.log(new C().hi());
