// TC39 decorators in a .js file: printed as written, and a decorated class is never dropped as
// unused (its decorators run when it is defined).
import { trace } from "./trace.js";

@trace class Unused {}
const Expr = @trace class {};
class Member {
    @trace method() {}
}
export default @trace class {}
export @trace class Named {}
