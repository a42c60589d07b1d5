// PLACEHOLDER: being written now; must not remain.
export default function FollowUpsPage() {
  return <p>FollowUpsPage</p>;
}
