import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@libsql/client", "libsql", "@prisma/adapter-libsql", "exceljs"],
};

export default nextConfig;
