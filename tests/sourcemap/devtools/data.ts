// Rows of the table. Types only TypeScript sees, so the printed module is shorter than this one.
export interface Price {
    item: string;
    cents: number;
}

export const prices: Price[] = [
    { item: 'tea', cents: 250 },
    { item: 'cake', cents: 475 },
    { item: 'a whole wedding cake', cents: 123456789 },
];
