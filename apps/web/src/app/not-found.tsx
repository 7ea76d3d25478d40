import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no such workspace or article. <Link href="/">Back to the workspaces</Link>.
      </p>
    </>
  );
}
