await null;
export const v = 1;
