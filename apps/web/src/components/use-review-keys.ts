"use client";

import { useLayoutEffect, useRef } from "react";

export interface ReviewKeyHandlers {
  onVerdictKey: (key: string) => void;
  onNext: () => void;
  onPrevious: () => void;
  onFocusNote: () => void;
  onToggleHelp: () => void;
  onUndo: () => void;
  /** switch what the verdict applies to: the group, then each discrepancy */
  onCycleTarget?: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "TEXTAREA" || el.tagName === "INPUT" || el.tagName === "SELECT" || el.isContentEditable);
}

/**
 * Single-key shortcuts of the review page; they never fire while the reviewer is typing. The
 * listener is attached before the page paints (a layout effect) and reads the latest handlers
 * through a ref, so a key pressed the moment a new group appears is never lost.
 */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  }, [handlers]);
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && isTyping(event.target)) {
        (event.target as HTMLElement).blur();
        return;
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      const handlers = latest.current;
      if (["1", "2", "3", "4", "5"].includes(key)) handlers.onVerdictKey(key);
      else if (key === "j" || key === "n") handlers.onNext();
      else if (key === "k" || key === "p") handlers.onPrevious();
      else if (key === "e") handlers.onFocusNote();
      else if (key === "?") handlers.onToggleHelp();
      else if (key === "u") handlers.onUndo();
      else if (key === "d" && handlers.onCycleTarget) handlers.onCycleTarget();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
