// A cookie that only tells the page's header which link to show: "working
// area" for someone who signed in in this browser, "sign in" otherwise. It
// carries no secret and grants nothing (every page of the working area checks
// the real session), so the public pages need not read the session and stay
// the same for everyone, which is what lets them be cached and shared.
export const SIGNED_IN_HINT = "dti_signed_in";

/** Whether a document.cookie string carries the hint. */
export const hasSignedInHint = (cookie: string) => cookie.split(/;\s*/).includes(`${SIGNED_IN_HINT}=1`);
