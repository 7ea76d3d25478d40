import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { TRPCReactProvider } from "~/trpc/react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Crosscheck", template: "%s · Crosscheck" },
  description: "Compare reports of the same events and review what differs.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Crosscheck
          </Link>
          <span className="local-user" title="The embedded single-user mode signs you in automatically">
            Local reviewer (single-user mode)
          </span>
        </header>
        <TRPCReactProvider>
          <main id="main">{children}</main>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
