// Small helpers the English words share across the catalogue slices.

/** "1 indicator", "2 indicators". */
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** A count written inside a sentence: "1,506". */
export const count = (n: number) => n.toLocaleString("en-GB");
