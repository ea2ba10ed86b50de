export declare const LOCKED_POLICY: string;
export declare function baselineHeaders(https: boolean): Record<string, string>;
export declare function unreadablePath(url: string): boolean;
