"use client";

import { useState } from "react";
import Link from "next/link";
import type { CoverageOutlet, CoverageUniqueClaim } from "@crosscheck/report";
import { claimHref } from "~/lib/claim-href";
import styles from "./coverage.module.css";

/** A long article says much alone: the first few per outlet, the rest one click away (the search box narrows them). */
const SHOWN = 8;

function OutletClaims({ slug, outlet, index, claims }: { slug: string; outlet: string; index: number; claims: CoverageUniqueClaim[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? claims : claims.slice(0, SHOWN);
  const headingId = `unique-claims-${index}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {outlet} <span className="muted">({claims.length})</span>
      </h3>
      <ul className={styles.claims}>
        {shown.map((u) => (
          <li key={u.claimId}>
            <a href={claimHref(slug, { id: u.claimId, articleId: u.articleId, start: u.start, end: u.end, text: u.text })}>{u.text}</a>
            {u.groupId ? (
              <>
                {" "}
                <Link className="small" href={`/w/${slug}/groups/${u.groupId}`}>
                  (its group)
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {claims.length > SHOWN ? (
        <button type="button" className="small-button" onClick={() => setAll((a) => !a)} aria-expanded={all}>
          {all ? `Show the first ${SHOWN}` : `Show all ${claims.length} of ${outlet}`}
        </button>
      ) : null}
    </section>
  );
}

/** Per outlet, the claims no other outlet states: often exactly what needs checking. */
export function CoverageUniqueClaims({
  slug,
  outlets,
  claims,
  total,
}: {
  slug: string;
  outlets: CoverageOutlet[];
  claims: CoverageUniqueClaim[];
  total: number;
}) {
  if (total === 0) return <p className="empty">No outlet states anything the others do not.</p>;
  if (claims.length === 0) return <p className="empty">No unique claim matches these filters.</p>;
  return (
    <>
      {outlets.map((o, index) => {
        const own = claims.filter((u) => u.outlet === o.name);
        return own.length ? <OutletClaims key={o.name} slug={slug} outlet={o.name} index={index} claims={own} /> : null;
      })}
    </>
  );
}
