import { createTRPCRouter } from "../../trpc.ts";
import { getSessionProcedure } from "./get-session.ts";
import { signInProcedure } from "./sign-in.ts";
import { signOutProcedure } from "./sign-out.ts";

export const authRouter = createTRPCRouter({ session: getSessionProcedure, signIn: signInProcedure, signOut: signOutProcedure });
