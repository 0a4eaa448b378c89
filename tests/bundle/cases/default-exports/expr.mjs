export default (1, 2) + 40;
