// The types of peer-signature.mjs, which stays plain JavaScript for scripts/serve.mjs.

export declare const PEER_HEADER: "x-dti-peer";

/** The header value for a socket address, signed with the app's secret. */
export declare function signPeer(secret: string, address: string): string;

/** The address a header value vouches for, or null when it is missing or not signed with this secret. */
export declare function verifyPeer(secret: string, value: string | null | undefined): string | null;
