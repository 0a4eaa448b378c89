export default class Weird { static name = "custom"; }
