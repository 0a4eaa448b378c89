export class Node {
    kind() { return 'b.Node'; }
    child() { return new Node(); }
    static make() { return new Node(); }
}
