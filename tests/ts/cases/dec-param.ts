// @bale --experimental-decorators
const params: string[] = [];
function inject(token: string) { return (target: any, key: string | undefined, index: number) => { params.push(`${token}@${key ?? "ctor"}#${index}`); }; }
class S { constructor(@inject("db") db: any, @inject("log") log: any) {} run(@inject("arg") x: any) {} }
console.log(params);
