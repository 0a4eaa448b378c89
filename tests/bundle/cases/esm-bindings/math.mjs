export const twice = (n) => n * 2;
export default 'math default is not re-exported by a star';
