/** An empty place waiting for its feature. */
export function Placeholder({ text }: { text: string }) {
  return <p className="placeholder">{text}</p>;
}
