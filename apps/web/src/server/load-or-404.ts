import "server-only";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";

/** Server pages await what decides whether the page exists, so a wrong URL is a real 404. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    // a signed-out visitor in accounts mode (the layout redirects too; pages render beside it)
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") redirect("/login");
    throw error;
  }
}
