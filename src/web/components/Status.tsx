/** A quiet, polite announcement: "Copied", "Saved". */
export function Status({ message }: { message: string | null }) {
  return (
    <p role="status" className="status">
      {message}
    </p>
  );
}
