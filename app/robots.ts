import type { MetadataRoute } from "next";
import { env } from "@/lib/server/env";

/** Every public page may be read and indexed; the working side, signing in and setting a password may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/work", "/en/work", "/sign-in", "/en/sign-in", "/set-password", "/en/set-password"] },
    sitemap: new URL("/sitemap.xml", env.APP_URL).toString(),
  };
}
