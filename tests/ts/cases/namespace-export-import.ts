namespace Lib { export namespace Core { export const k = "core"; } }
namespace App { export import C = Lib.Core; export const viaAlias = C.k; }
console.log(App.C.k, App.viaAlias);
