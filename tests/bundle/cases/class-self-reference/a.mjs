export class Node { kind() { return 'a.Node'; } }
