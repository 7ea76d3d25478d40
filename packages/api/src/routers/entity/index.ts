import { createTRPCRouter } from "../../trpc.ts";
import { listEntitiesProcedure } from "./list-entities.ts";
import { mergeEntitiesProcedure } from "./merge-entities.ts";
import { setEntityCanonicalProcedure } from "./set-entity-canonical.ts";
import { splitEntityFormProcedure } from "./split-entity-form.ts";

export const entityRouter = createTRPCRouter({
  list: listEntitiesProcedure,
  merge: mergeEntitiesProcedure,
  splitForm: splitEntityFormProcedure,
  setCanonical: setEntityCanonicalProcedure,
});
