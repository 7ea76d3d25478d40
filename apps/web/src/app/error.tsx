"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-box" role="alert">
      <h1>Something went wrong</h1>
      <p>{error.message || "The page could not be shown."}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
