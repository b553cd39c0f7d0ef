/** A problem with the whole form, announced when it appears. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'form-error' : undefined}>
      {message}
    </div>
  );
}
