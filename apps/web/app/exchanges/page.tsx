export default function Page() {
  return <main><h1>exchanges</h1></main>;
}
