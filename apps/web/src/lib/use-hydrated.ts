"use client";

import { useEffect, useState } from "react";

/**
 * False in the server's HTML and until the page's script has run. A control that acts only
 * through script stays disabled until then: pressed earlier it would do nothing, or (a form) make
 * the browser's own request instead.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
