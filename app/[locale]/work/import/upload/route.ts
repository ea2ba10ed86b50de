import { upload } from "@/features/import/upload";

export const dynamic = "force-dynamic";

export const POST = upload;
