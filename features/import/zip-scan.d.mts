export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  dataStart: number;
}
export type ScanProblem = "UNREADABLE" | "TOO_MANY_ROWS" | "UNPACKED_TOO_LARGE";
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null;
export function scanXlsx(bytes: Uint8Array, limits: { unpacked: number; rows: number }): Promise<ScanProblem | null>;
