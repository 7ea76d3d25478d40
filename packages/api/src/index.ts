export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createContext, type Context } from "./context.ts";
export { DomainError, toTRPCError, type DomainErrorCode } from "./domain-error.ts";
