import type { MetadataRoute } from "next";
import { env } from "@/lib/server/env";

// Made at each request: the sitemap's address follows APP_URL as the server runs, not as it was built.
export const dynamic = "force-dynamic";

/** Every public page may be read and indexed; the working side, signing in and setting a password may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/work", "/en/work", "/sign-in", "/en/sign-in", "/set-password", "/en/set-password"] },
    sitemap: new URL("/sitemap.xml", env.APP_URL).toString(),
  };
}
