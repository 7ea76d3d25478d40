"use client";

import { useEffect, useRef } from "react";
import { VERDICTS } from "./verdict-panel";

export const SHORTCUTS: [string, string][] = [
  ...VERDICTS.map((v): [string, string] => [v.key, `verdict: ${v.label}`]),
  ["J or N", "next group"],
  ["K or P", "previous group"],
  ["E", "focus the note"],
  ["U", "undo my last verdict"],
  ["D", "verdict on the whole group, or on the next discrepancy"],
  ["Escape", "leave the note, close this help"],
  ["?", "show or hide this help"],
];

export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="keys-heading" onClose={onClose} className="help-dialog">
      <h2 id="keys-heading">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
