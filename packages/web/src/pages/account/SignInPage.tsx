// PLACEHOLDER: being written now; must not remain.
export default function SignInPage() {
  return <p>SignInPage</p>;
}
